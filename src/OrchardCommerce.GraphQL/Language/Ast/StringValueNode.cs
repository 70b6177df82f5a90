namespace OrchardCommerce.GraphQL.Language;

/// <summary>A string literal (its decoded value); Block when written as a block string.</summary>
public sealed record StringValueNode(string Value, bool Block) : ValueNode;
