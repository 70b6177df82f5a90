using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OrchardCommerce.Testing.Browser;

/// <summary>Linked into the browser test projects (not in OrchardCommerce.Testing, which would copy Playwright's driver into every test project).</summary>
internal static class BrowserPages
{
    // Not WaitForURLAsync: its check-then-subscribe can miss the load event it waits for (playwright-dotnet #3364),
    // and once the address matches it waits for load even when told to wait for commit (#3365); the jobs dashboard's
    // browser test timed out on it about one run in fifteen. The assertion polls the page's address; the steps after
    // it wait for the elements they use.
    public static Task ArrivedAtAsync(IPage page, string pathAndQuery, bool exact = true) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(pathAndQuery) + (exact ? "$" : "")), new() { Timeout = 90_000 });
}
