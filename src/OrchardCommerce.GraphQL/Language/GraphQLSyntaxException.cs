namespace OrchardCommerce.GraphQL.Language;

/// <summary>A document that is not valid GraphQL syntax; the message and location are those graphql-js reports.</summary>
public sealed class GraphQLSyntaxException(Source source, int position, string description)
    : Exception("Syntax Error: " + description)
{
    public Source GraphQLSource { get; } = source;
    public int Position { get; } = position;
    public string Description { get; } = description;
    public IReadOnlyList<SourceLocation> Locations { get; } = [source.GetLocation(position)];
}
