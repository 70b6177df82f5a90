using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;
using OrchardCommerce.GraphQL.Validation;

namespace OrchardCommerce.GraphQL.Tests.Validation;

public sealed class MaxDepthRuleTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build(ValidationDocuments.SchemaSdl);

    private static IReadOnlyList<GraphQLError> Validate(string query, int maxDepth) =>
        DocumentValidator.Validate(Schema, Parser.Parse(query), [new MaxDepthRule(maxDepth)]);

    [Fact]
    public void Validate_DepthAtLimit_Passes()
    {
        Validate("{ items { variant { item { id } } } }", 4).Should().BeEmpty();
    }

    [Fact]
    public void Validate_DepthOverLimit_ReportsDepthAtOperation()
    {
        var errors = Validate("query Deep {\n  items { variant { item { id } } }\n}", 3);

        errors.Should().ContainSingle();
        errors[0].Message.Should().Be("Query depth 4 exceeds the maximum of 3.");
        errors[0].Locations.Should().Equal(new SourceLocation(1, 1));
    }

    [Fact]
    public void Validate_DepthThroughFragments_CountsFragmentFields()
    {
        var query = "{ items { ...A } }\nfragment A on Item { variant { ... on Variant { item { ...B } } } }\nfragment B on Item { related { id } }";

        Validate(query, 4).Should().ContainSingle().Which.Message.Should().Be("Query depth 5 exceeds the maximum of 4.");
    }

    [Fact]
    public void Validate_IntrospectionFields_Counted()
    {
        Validate("{ __schema { types { fields { type { name } } } } }", 4).Should().ContainSingle()
            .Which.Message.Should().Be("Query depth 5 exceeds the maximum of 4.");
    }

    [Fact]
    public void Validate_FragmentCycle_Terminates()
    {
        var query = "{ items { ...A } }\nfragment A on Item { related { ...B } }\nfragment B on Item { variant { item { ...A } } }";

        Validate(query, 10).Should().BeEmpty();
    }

    [Fact]
    public void Validate_EachOperation_CheckedOnItsOwn()
    {
        var errors = Validate("query Shallow { version }\nquery Deep { items { variant { id } } }", 2);

        errors.Should().ContainSingle().Which.Locations.Should().Equal(new SourceLocation(2, 1));
    }
}
