using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Common;

/// <summary>
/// One filter input per kind of value, offering exactly the operators <see cref="ContentValueKinds.Allows"/> permits
/// for it; the operators of one filter combine with AND, as do the filters of a where.
/// </summary>
internal sealed class FilterInputs
{
    public static readonly IReadOnlyList<string> Names =
        ["IdFilter", "StringFilter", "MarkupFilter", "DecimalFilter", "BooleanFilter", "DateFilter", "DateTimeFilter", "PickerFilter"];

    /// <summary>The GraphQL operator names and the reader's operators, in the order inputs list them.</summary>
    public static readonly IReadOnlyList<(string Name, ContentFilterOperator Operator)> Operators =
    [
        ("eq", ContentFilterOperator.Eq), ("in", ContentFilterOperator.In), ("contains", ContentFilterOperator.Contains),
        ("gt", ContentFilterOperator.Gt), ("gte", ContentFilterOperator.Gte), ("lt", ContentFilterOperator.Lt), ("lte", ContentFilterOperator.Lte),
    ];

    public InputObjectType Id { get; } = Create("IdFilter", SpecifiedScalars.ID, ContentFilterOperator.Eq, ContentFilterOperator.In);
    public InputObjectType Text { get; } = Create("StringFilter", SpecifiedScalars.String, ContentValueKind.Text);
    public InputObjectType Markup { get; } = Create("MarkupFilter", SpecifiedScalars.String, ContentValueKind.Markup);
    public InputObjectType Number { get; } = Create("DecimalFilter", CustomScalars.Decimal, ContentValueKind.Number);
    public InputObjectType Boolean { get; } = Create("BooleanFilter", SpecifiedScalars.Boolean, ContentValueKind.Boolean);
    public InputObjectType Date { get; } = Create("DateFilter", SpecifiedScalars.String, ContentValueKind.Date,
        "Dates as ISO 8601 text (\"2024-05-01\"), compared as the stored text.");
    public InputObjectType Instant { get; } = Create("DateTimeFilter", CustomScalars.DateTime, ContentValueKind.Instant);
    public InputObjectType Picker { get; } = Create("PickerFilter", SpecifiedScalars.ID, ContentValueKind.IdList,
        "contains: the field picks the item with this id.");

    public InputObjectType For(ContentValueKind kind) => kind switch
    {
        ContentValueKind.Text => Text,
        ContentValueKind.Markup => Markup,
        ContentValueKind.Number => Number,
        ContentValueKind.Boolean => Boolean,
        ContentValueKind.Date => Date,
        ContentValueKind.Instant => Instant,
        _ => Picker,
    };

    /// <summary>The reader's filters for one filter input's value (the operators given), on <paramref name="property"/>.</summary>
    public static void AddFilters(ContentProperty property, IReadOnlyDictionary<string, object?> input, List<ContentFilter> filters)
    {
        foreach (var (name, op) in Operators)
        {
            if (!input.TryGetValue(name, out var value)) continue;
            filters.Add(op == ContentFilterOperator.In
                ? new ContentFilter(property, op, value as IReadOnlyList<object?> ?? [])
                : ContentFilter.Of(property, op, value));
        }
    }

    private static InputObjectType Create(string name, ScalarType scalar, ContentValueKind kind, string? description = null) =>
        Create(name, scalar, [.. Operators.Where(o => ContentValueKinds.Allows(kind, o.Operator)).Select(o => o.Operator)], description);

    private static InputObjectType Create(string name, ScalarType scalar, params ContentFilterOperator[] allowed) =>
        Create(name, scalar, allowed, null);

    private static InputObjectType Create(string name, ScalarType scalar, IReadOnlyList<ContentFilterOperator> allowed, string? description) =>
        new(name, () => Operators.Where(o => allowed.Contains(o.Operator)).Select(o =>
            new InputValueDefinition(o.Name, o.Operator == ContentFilterOperator.In ? scalar.NonNull().List() : scalar)), description);
}
