using Microsoft.Playwright;
using OrchardCommerce.GraphQL.Api.Tests.Http;
using static OrchardCommerce.GraphQL.Api.Tests.Http.GraphQLHttpHost;

namespace OrchardCommerce.GraphQL.Api.Tests.Browser;

/// <summary>
/// acme's GraphiQL in a real headless Chromium (Debian's; test.sh installs it) under the page's strict CSP: it loads
/// without script errors or CSP violations, introspects the storefront schema (docs explorer), autocompletes from it
/// while typing, and runs a query whose result shows the products the endpoint answers.
/// </summary>
public sealed class GraphiQLBrowserTests(SqliteGraphQLHttpHost fixture) : IClassFixture<SqliteGraphQLHttpHost>
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string Editor = "document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror";
    private const string RunQuery = "{ products(first: 2) { nodes { handle } } }";

    [Fact]
    public async Task GraphiQL_OnAcme_LoadsUnderCspExploresSchemaAutocompletesAndRunsAQuery()
    {
        File.Exists(ChromiumPath).Should().BeTrue($"the browser test drives Debian's Chromium at {ChromiumPath}; install it with `apt-get install chromium` (test.sh does)");
        var expected = await ExpectedHandlesAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Tenants are told apart by host name: acme.test must reach the test server's loopback address.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP acme.test 127.0.0.1"],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = $"http://acme.test:{fixture.Host.Address.Port}", ViewportSize = new() { Width = 1280, Height = 900 } });
        // The suite runs its test projects in parallel on small CI machines; a starved browser needs more than 30 s.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        await page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
            """);

        var response = await page.GotoAsync("/api/graphql/graphiql");
        await page.WaitForSelectorAsync(".graphiql-query-editor .CodeMirror");
        var fields = await DocsExplorerFieldsAsync(page);
        var hints = await AutocompleteAsync(page, "{ prod");
        var result = await RunAsync(page, RunQuery, expected);

        response!.Status.Should().Be(200);
        response.Headers["content-security-policy"].Should().Contain("script-src 'nonce-");
        fields.Should().Contain(["products", "product", "categories", "branding", "homePage"]);
        hints.Should().Contain("products");
        result.Should().ContainAll(expected);
        problems.Should().BeEmpty("GraphiQL runs under the page's content security policy without errors");
    }

    private async Task<string[]> ExpectedHandlesAsync()
    {
        var json = await ReadAsync(await fixture.Client().PostAsync("/api/graphql", Body(RunQuery)));
        return json["data"]!["products"]!["nodes"]!.AsArray().Select(n => (string)n!["handle"]!).ToArray() is { Length: 2 } handles
            ? handles : throw new InvalidOperationException("acme should list two products: " + json.ToJsonString());
    }

    /// <summary>The docs explorer lists the root type once introspection answered; its fields show after clicking it.</summary>
    private static async Task<IReadOnlyList<string>> DocsExplorerFieldsAsync(IPage page)
    {
        await page.ClickAsync(".graphiql-sidebar button[aria-label='Show Documentation Explorer']");
        await page.ClickAsync(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name:text-is('Query')");
        await page.WaitForSelectorAsync(".graphiql-doc-explorer a.graphiql-doc-explorer-field-name:text-is('products')");
        return await page.Locator(".graphiql-doc-explorer a.graphiql-doc-explorer-field-name").AllTextContentsAsync();
    }

    /// <summary>Real key presses into the editor, as a user types: CodeMirror opens its hint list from the schema.</summary>
    private static async Task<IReadOnlyList<string>> AutocompleteAsync(IPage page, string text)
    {
        await page.EvaluateAsync($"() => {{ {Editor}.setValue(''); {Editor}.focus(); }}");
        await page.Keyboard.TypeAsync(text, new() { Delay = 60 });
        await page.WaitForSelectorAsync("ul.CodeMirror-hints li.CodeMirror-hint:text-is('products')");
        var hints = await page.Locator("ul.CodeMirror-hints li.CodeMirror-hint").AllTextContentsAsync();
        await page.Keyboard.PressAsync("Escape");
        return hints;
    }

    private static async Task<string> RunAsync(IPage page, string query, string[] expected)
    {
        await page.EvaluateAsync($"q => {Editor}.setValue(q)", query);
        await page.ClickAsync(".graphiql-execute-button");
        var result = page.Locator(".graphiql-response section.result-window");
        await Assertions.Expect(result).ToContainTextAsync(expected[^1], new() { Timeout = 90_000 });
        return await result.InnerTextAsync();
    }
}
