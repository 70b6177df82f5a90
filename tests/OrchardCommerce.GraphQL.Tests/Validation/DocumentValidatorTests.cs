using System.Text;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;
using OrchardCommerce.GraphQL.Validation;
using OrchardCommerce.GraphQL.Validation.Rules;

namespace OrchardCommerce.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build(ValidationDocuments.SchemaSdl);

    [Fact]
    public void Validate_MoreErrorsThanLimit_StopsWithLimitError()
    {
        var document = Parser.Parse("{ a b c d }");

        var errors = DocumentValidator.Validate(Schema, document, maxErrors: 2);

        errors.Select(e => e.Message).Should().Equal(
            "Cannot query field \"a\" on type \"Query\".",
            "Cannot query field \"b\" on type \"Query\".",
            "Too many validation errors, error limit reached. Validation aborted.");
    }

    [Fact]
    public void Validate_GivenRules_RunsOnlyThose()
    {
        var document = Parser.Parse("query ($unused: Int) { bogus }");

        var errors = DocumentValidator.Validate(Schema, document, [new NoUnusedVariablesRule()]);

        errors.Should().ContainSingle().Which.Message.Should().Be("Variable \"$unused\" is never used.");
    }

    [Fact]
    public void Validate_HideSuggestions_LeavesHintsOut()
    {
        var document = Parser.Parse("{ items { nam } }");

        var errors = DocumentValidator.Validate(Schema, document, hideSuggestions: true);

        errors.Should().ContainSingle().Which.Message.Should().Be("Cannot query field \"nam\" on type \"Item\".");
    }

    [Fact]
    public void Validate_FragmentsSpreadingEachOtherTwice_FinishesWithoutErrors()
    {
        // Each fragment spreads the one before twice: compared naively, the overlapping-fields rule would do 2^40 comparisons.
        var text = new StringBuilder("{ items { ...F40 } }\nfragment F0 on Item { id name related { id } }\n");
        for (var i = 1; i <= 40; i++) text.Append($"fragment F{i} on Item {{ ...F{i - 1} ...F{i - 1} related {{ ...F{i - 1} }} }}\n");

        var errors = DocumentValidator.Validate(Schema, Parser.Parse(text.ToString()));

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_OneFragmentSpreadThousandsOfTimes_FinishesWithoutErrors()
    {
        var spreads = string.Join(" ", Enumerable.Repeat("...F", 3000));
        var document = Parser.Parse($"{{ items {{ {spreads} related {{ {spreads} }} }} }}\nfragment F on Item {{ id sku variant {{ color }} }}");

        var errors = DocumentValidator.Validate(Schema, document);

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_ConflictInsideRepeatedFragments_ReportsItOnce()
    {
        var spreads = string.Join(" ", Enumerable.Repeat("...A ...B", 500));
        var document = Parser.Parse($"{{ items {{ {spreads} }} }}\nfragment A on Item {{ x: id }}\nfragment B on Item {{ x: name }}");

        var errors = DocumentValidator.Validate(Schema, document);

        errors.Should().ContainSingle().Which.Message.Should()
            .Be("Fields \"x\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.");
    }
}
