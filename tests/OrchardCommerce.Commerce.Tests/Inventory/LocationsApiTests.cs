using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Inventory;

public abstract class LocationsApiTests : CommerceHttpTestBase
{
    [Fact]
    public async Task Save_NewThenSameHandle_CreatesThenRenames()
    {
        var created = await Admin.PostAsJsonAsync("/api/commerce/locations", new { handle = "main", name = "Main warehouse" });
        var renamed = await Admin.PostAsJsonAsync("/api/commerce/locations", new { handle = "main", name = "Central" });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        renamed.StatusCode.Should().Be(HttpStatusCode.OK);
        var list = JsonNode.Parse(await Admin.GetStringAsync("/api/commerce/locations"))!.AsArray();
        list.Select(l => ((string)l!["handle"]!, (string)l["name"]!)).Should().Equal(("main", "Central"));
        ((string)list[0]!["id"]!).Should().Be((string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!);
    }

    [Theory]
    [InlineData("Main Warehouse", "Main", "handle")]
    [InlineData("main", "", "name")]
    public async Task Save_BadInput_NamesFieldAndWritesNothing(string handle, string name, string field)
    {
        var response = await Admin.PostAsJsonAsync("/api/commerce/locations", new { handle, name });

        await response.ShouldNameFieldAsync(field);
        JsonNode.Parse(await Admin.GetStringAsync("/api/commerce/locations"))!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Save_AnonymousOrOtherTenant_Unauthorized()
    {
        var anonymous = await Anonymous.PostAsJsonAsync("/api/commerce/locations", new { handle = "main", name = "Main" });
        using var foreign = Host.CreateClient(ShopHost, OtherAdminToken);
        var other = await foreign.GetAsync("/api/commerce/locations");

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        other.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}

public sealed class SqliteLocationsApiTests : LocationsApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresLocationsApiTests : LocationsApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
