using System.Text.Json.Nodes;

namespace OrchardCommerce.Recipes.Scripting;

/// <summary>
/// Resolves the recipe's <c>variables</c> lazily, once each: a variable holding <c>[js: uuid()]</c> must
/// yield the same id everywhere the recipe refers to it.
/// </summary>
internal sealed class VariableResolver(JsonObject? variables, Func<string, object?> evaluateExpression)
{
    private readonly Dictionary<string, object?> _resolved = new(StringComparer.Ordinal);
    private readonly List<string> _resolving = [];

    public object? Resolve(string name, int position)
    {
        if (_resolved.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var cycleStart = _resolving.IndexOf(name);
        if (cycleStart >= 0)
        {
            var path = string.Join(" -> ", _resolving.Skip(cycleStart).Append(name));
            throw new ScriptFault($"cyclic variable reference: {path}", position);
        }

        if (variables is null || !variables.TryGetPropertyValue(name, out var node))
        {
            throw new ScriptFault($"variable '{name}' is not defined", position);
        }

        if (!ScriptValueConverter.TryFromJson(node, out var value))
        {
            throw new ScriptFault($"variable '{name}' is an object or array, not a value", position);
        }

        if (value is string text && ScriptTemplate.TryGetExpression(text, out var expression))
        {
            _resolving.Add(name);
            try
            {
                value = evaluateExpression(expression);
            }
            finally
            {
                _resolving.RemoveAt(_resolving.Count - 1);
            }
        }

        _resolved[name] = value;
        return value;
    }
}
