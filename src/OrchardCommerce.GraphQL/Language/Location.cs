namespace OrchardCommerce.GraphQL.Language;

/// <summary>Where a node lies in its source: character offsets, start inclusive, end exclusive.</summary>
public sealed record Location(int Start, int End, Source Source)
{
    public SourceLocation StartLocation => Source.GetLocation(Start);
}
