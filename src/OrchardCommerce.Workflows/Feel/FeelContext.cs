using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Feel;

/// <summary>
/// The variables an expression sees: an immutable chain of scopes, the outermost built from the engine's JSON
/// variables, inner ones added by iterations (for/some/every) and filters (item and the item's entries).
/// </summary>
public sealed class FeelContext
{
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly FeelContext? _parent;

    private FeelContext(IReadOnlyDictionary<string, object?> variables, FeelContext? parent)
    {
        _variables = variables;
        _parent = parent;
    }

    public static FeelContext Empty { get; } = new(new Dictionary<string, object?>(), null);

    /// <summary>Variables from a JSON object (anything else gives an empty context).</summary>
    public static FeelContext FromJson(JsonNode? variables) =>
        FeelJson.FromJson(variables) is IReadOnlyDictionary<string, object?> map ? new FeelContext(map, null) : Empty;

    public static FeelContext FromJson(JsonElement variables) => FromJson(JsonNode.Parse(variables.GetRawText()));

    public static FeelContext FromJson(string variablesJson) =>
        FromJson(string.IsNullOrWhiteSpace(variablesJson) ? null : JsonNode.Parse(variablesJson));

    public bool TryGet(string name, out object? value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._variables.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    internal FeelContext With(string name, object? value) =>
        new(new Dictionary<string, object?> { [name] = value }, this);

    internal FeelContext With(IReadOnlyDictionary<string, object?> entries) => new(entries, this);
}
