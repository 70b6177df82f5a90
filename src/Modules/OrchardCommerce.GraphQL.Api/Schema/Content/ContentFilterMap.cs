using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Schema.Common;

namespace OrchardCommerce.GraphQL.Api.Schema.Content;

/// <summary>
/// Where a content type's filter input points: each field of the input is one property (the item's columns, its own
/// part's fields), or a nested input for a reusable part whose fields live under the part's name on the type.
/// </summary>
internal sealed class ContentFilterMap
{
    public Dictionary<string, ContentProperty> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>GraphQL field → (the part's name on the type, GraphQL field of the part's filter → content field).</summary>
    public Dictionary<string, (string Part, IReadOnlyDictionary<string, string> Fields)> Parts { get; } = new(StringComparer.Ordinal);

    public List<ContentFilter> ToFilters(IReadOnlyDictionary<string, object?>? where)
    {
        var filters = new List<ContentFilter>();
        if (where is null) return filters;
        foreach (var (name, value) in where)
        {
            if (value is not IReadOnlyDictionary<string, object?> input) continue;
            if (Properties.TryGetValue(name, out var property)) FilterInputs.AddFilters(property, input, filters);
            else if (Parts.TryGetValue(name, out var part))
                foreach (var (fieldName, fieldInput) in input)
                    if (fieldInput is IReadOnlyDictionary<string, object?> operators && part.Fields.TryGetValue(fieldName, out var field))
                        FilterInputs.AddFilters(ContentProperty.Field(part.Part, field), operators, filters);
        }
        return filters;
    }
}
