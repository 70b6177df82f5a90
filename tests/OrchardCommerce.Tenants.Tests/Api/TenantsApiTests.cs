using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Data;

namespace OrchardCommerce.Tenants.Tests.Api;

public abstract class TenantsApiTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TenantsTestHost _host = null!;
    private string _admin = null!;

    public async Task InitializeAsync()
    {
        _host = await TenantsTestHost.StartAsync(provider);
        _admin = await _host.GetTokenAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Create_ValidRequest_201AndTenantAnswersWithItsOwnAdministrator()
    {
        var response = await _host.CreateTenantAsync(_admin, "acme", "acme.localhost", adminPassword: null);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        ((string?)body["state"]).Should().Be("Running");
        var password = (string)body["adminPassword"]!;
        _host.Runner.Runs.Should().Contain(r => r.Tenant == "acme" && r.Recipe == "blank" && r.Parameters["AdminUserName"] == "admin");
        var acmeToken = await _host.GetTokenAsync("acme.localhost", "admin", password);
        var users = await _host.CreateClient("acme.localhost", acmeToken).GetFromJsonAsync<JsonArray>("/api/users");
        users!.Select(u => (string?)u!["userName"]).Should().Equal("admin");
        var listed = await _host.CreateClient(token: _admin).GetFromJsonAsync<JsonArray>("/api/tenants");
        listed!.Select(t => (string?)t!["name"]).Should().Equal("acme", "Default");
    }

    [Fact]
    public async Task Create_PasswordGiven_AnswerHasNoPassword()
    {
        var response = await _host.CreateTenantAsync(_admin, "globex", "globex.localhost");

        (await response.ReadJsonAsync()).ContainsKey("adminPassword").Should().BeFalse();
    }

    [Fact]
    public async Task Token_OfTenantB_RefusedOnTenantA()
    {
        (await _host.CreateTenantAsync(_admin, "a", "a.localhost")).EnsureSuccessStatusCode();
        (await _host.CreateTenantAsync(_admin, "b", "b.localhost")).EnsureSuccessStatusCode();
        var tokenOfB = await _host.GetTokenAsync("b.localhost");

        var onA = await _host.CreateClient("a.localhost", tokenOfB).GetAsync("/api/users");
        var onB = await _host.CreateClient("b.localhost", tokenOfB).GetAsync("/api/users");
        var onDefault = await _host.CreateClient("localhost", tokenOfB).GetAsync("/api/tenants");

        await onA.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        onB.StatusCode.Should().Be(HttpStatusCode.OK);
        await onDefault.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tenants_WithoutToken_401Problem()
    {
        var response = await _host.CreateClient().GetAsync("/api/tenants");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Select(h => h.Scheme).Should().Contain("Bearer");
    }

    [Fact]
    public async Task Tenants_EditorToken_403Problem()
    {
        var created = await _host.CreateClient(token: _admin).PostAsJsonAsync("/api/users",
            new { userName = "ed", email = "ed@localhost", password = "Editor#Pass1", roles = new[] { "Editor" } });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var editor = await _host.GetTokenAsync(userName: "ed", password: "Editor#Pass1");

        var tenants = await _host.CreateClient(token: editor).GetAsync("/api/tenants");
        var create = await _host.CreateClient(token: editor).PostAsJsonAsync("/api/tenants", new { name = "nope" });
        var users = await _host.CreateClient(token: editor).GetAsync("/api/users");

        ((string?)(await tenants.ShouldBeProblemAsync(HttpStatusCode.Forbidden))["detail"]).Should().Contain("ViewTenants");
        ((string?)(await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden))["detail"]).Should().Contain("ManageTenants");
        await users.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Create_InvalidNameHostOrRecipe_400NamingTheField()
    {
        await (await _host.CreateTenantAsync(_admin, "9lives", "nine.localhost")).ShouldNameFieldAsync("name");
        await (await _host.CreateTenantAsync(_admin, "bad_host", "not a host!")).ShouldNameFieldAsync("hosts");
        await (await _host.CreateTenantAsync(_admin, "taken", "localhost")).ShouldNameFieldAsync("hosts");
        await (await _host.CreateTenantAsync(_admin, "norecipe", "norecipe.localhost", recipe: "nope")).ShouldNameFieldAsync("recipe");
        await (await _host.CreateTenantAsync(_admin, "weak", "weak.localhost", adminPassword: "abc")).ShouldNameFieldAsync("adminPassword");

        var tenants = await _host.CreateClient(token: _admin).GetFromJsonAsync<JsonArray>("/api/tenants");
        tenants!.Select(t => (string?)t!["name"]).Should().Equal("Default");
    }

    [Fact]
    public async Task Create_DuplicateName_409()
    {
        (await _host.CreateTenantAsync(_admin, "acme", "acme.localhost")).EnsureSuccessStatusCode();

        var again = await _host.CreateTenantAsync(_admin, "ACME", "acme2.localhost");

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Create_RecipeFails_400WithFileAndLineAndNoTenantLeft()
    {
        var response = await _host.CreateTenantAsync(_admin, "broken", "broken.localhost", recipe: "broken");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        ((string?)problem["file"]).Should().Be("broken.recipe.json");
        ((int?)problem["line"]).Should().Be(7);
        ((string?)problem["reason"]).Should().Contain("unknown step");
        var lookup = await _host.CreateClient(token: _admin).GetAsync("/api/tenants/broken");
        lookup.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _host.CreateClient("broken.localhost").GetAsync("/api/users")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DisableThenEnable_TenantHost_404ThenBack()
    {
        (await _host.CreateTenantAsync(_admin, "acme", "acme.localhost")).EnsureSuccessStatusCode();
        var acme = _host.CreateClient("acme.localhost", await _host.GetTokenAsync("acme.localhost"));
        var tenants = _host.CreateClient(token: _admin);

        (await tenants.PostAsync("/api/tenants/acme/disable", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var whileDisabled = await acme.GetAsync("/api/users");
        var state = await tenants.GetFromJsonAsync<JsonObject>("/api/tenants/acme");
        (await tenants.PostAsync("/api/tenants/acme/enable", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var afterEnable = await acme.GetAsync("/api/users");

        whileDisabled.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ((string?)state!["state"]).Should().Be("Disabled");
        afterEnable.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Delete_Tenant_GoneWithItsData()
    {
        (await _host.CreateTenantAsync(_admin, "acme", "acme.localhost")).EnsureSuccessStatusCode();
        var file = Path.Combine(_host.AppDataPath, "Sites", "acme", "oc.db");
        var existedBefore = File.Exists(file);

        var deleted = await _host.CreateClient(token: _admin).DeleteAsync("/api/tenants/acme");

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await _host.CreateClient(token: _admin).GetAsync("/api/tenants/acme")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _host.CreateClient("acme.localhost").GetAsync("/api/users")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        if (provider == DatabaseProvider.Sqlite)
        {
            existedBefore.Should().BeTrue();
            File.Exists(file).Should().BeFalse();
        }
    }

    [Fact]
    public async Task DisableOrDelete_Default_400()
    {
        var tenants = _host.CreateClient(token: _admin);

        await (await tenants.DeleteAsync("/api/tenants/Default")).ShouldNameFieldAsync("name");
        await (await tenants.PostAsync("/api/tenants/Default/disable", null)).ShouldNameFieldAsync("name");

        (await tenants.GetAsync("/api/tenants")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Tenants_OnAnotherTenant_404EvenForItsAdministrator()
    {
        (await _host.CreateTenantAsync(_admin, "acme", "acme.localhost")).EnsureSuccessStatusCode();
        var acmeAdmin = await _host.GetTokenAsync("acme.localhost");

        var response = await _host.CreateClient("acme.localhost", acmeAdmin).GetAsync("/api/tenants");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteTenantsApiTests() : TenantsApiTests(DatabaseProvider.Sqlite);

public sealed class PostgresTenantsApiTests() : TenantsApiTests(DatabaseProvider.Postgres);
