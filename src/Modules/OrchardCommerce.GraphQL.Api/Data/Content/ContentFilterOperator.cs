namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>How a filter compares a property with its value(s); which ones apply depends on <see cref="ContentValueKind"/>.</summary>
public enum ContentFilterOperator
{
    /// <summary>Equal to the one value; a null value matches items where the property is missing.</summary>
    Eq,
    /// <summary>Equal to any of the values.</summary>
    In,
    /// <summary>Text: contains the value, ignoring case. Content pickers: the picked ids include the value.</summary>
    Contains,
    Gt,
    Gte,
    Lt,
    Lte,
}
