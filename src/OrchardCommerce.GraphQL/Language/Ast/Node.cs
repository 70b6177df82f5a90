namespace OrchardCommerce.GraphQL.Language;

/// <summary>A node of the syntax tree; Location is where it was parsed from (absent on built nodes).</summary>
public abstract record Node
{
    public Location? Location { get; init; }
}
