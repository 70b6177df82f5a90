using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using static OrchardCommerce.GraphQL.Api.Tests.Http.GraphQLHttpHost;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>A resolver failing for a reason that is not the caller's (here a missing table) shows no internals, only a generic error at its field.</summary>
public sealed class GraphQLEndpointResolverFailureTests(SqliteGraphQLHttpHost fixture) : IClassFixture<SqliteGraphQLHttpHost>
{
    [Fact]
    public async Task Post_ResolverHitsDatabaseError_GenericMessageAtTheFieldOthersStillAnswer()
    {
        await RenameAsync("commerce_categories", "commerce_categories_away");
        try
        {
            var response = await fixture.Client("globex").PostAsync("/api/graphql", Body("{ branding { siteName } category(handle: \"beans\") { handle } }"));
            var body = await response.Content.ReadAsStringAsync();
            var json = await ReadAsync(response);

            json["errors"]![0]!["message"]!.GetValue<string>().Should().Be("Unexpected error.");
            json["errors"]![0]!["path"]![0]!.GetValue<string>().Should().Be("category");
            json["data"]!["branding"]!["siteName"]!.GetValue<string>().Should().Be("Globex Coffee Roasters");
            body.Should().NotContain("commerce_categories").And.NotContain("SQLite");
        }
        finally
        {
            await RenameAsync("commerce_categories_away", "commerce_categories");
        }
    }

    private Task<int> RenameAsync(string from, string to) => fixture.InTenantAsync("globex", async s =>
        await (await s.GetRequiredService<DbSession>().GetConnectionAsync()).ExecuteAsync($"ALTER TABLE {from} RENAME TO {to}"));
}
