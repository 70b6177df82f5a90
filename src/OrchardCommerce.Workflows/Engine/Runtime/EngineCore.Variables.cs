using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Variable scopes (reference §4.1, §5.3): local writes, upward propagation, and what an element sees.</summary>
internal sealed partial class EngineCore
{
    /// <summary>The scope and its ancestors, innermost first, ending at the process instance (root scope).</summary>
    private static IEnumerable<long> ScopeChain(InstanceRecord instance, long scopeKey)
    {
        for (long? key = scopeKey; key is { } current; key = instance.Elements.TryGetValue(current, out var element) ? element.ScopeKey : null)
        {
            yield return current;
        }
    }

    private void SetLocal(InstanceRecord instance, long scopeKey, string name, string json)
    {
        if (!instance.Variables.TryGetValue(scopeKey, out var scope))
        {
            instance.Variables[scopeKey] = scope = [];
        }

        if (scope.TryGetValue(name, out var variable))
        {
            if (variable.Json == json)
            {
                return;
            }

            variable.Json = json;
        }
        else
        {
            scope[name] = variable = new VariableRecord { Key = NewKey(), Json = json };
        }

        Changes.Variables[variable.Key] = (instance.Key, scopeKey, name, json);
        Touch(instance);
    }

    /// <summary>Sets the variable in the nearest scope (from <paramref name="startScope"/> up) that has it, else at the root.</summary>
    private void SetPropagating(InstanceRecord instance, long startScope, string name, string json)
    {
        foreach (var key in ScopeChain(instance, startScope))
        {
            if (instance.Variables.TryGetValue(key, out var scope) && scope.ContainsKey(name))
            {
                SetLocal(instance, key, name, json);
                return;
            }
        }

        SetLocal(instance, instance.Key, name, json);
    }

    private void MergePropagating(InstanceRecord instance, long startScope, JsonObject? variables)
    {
        foreach (var (name, value) in variables ?? [])
        {
            SetPropagating(instance, startScope, name, Json(value));
        }
    }

    private void MergeLocal(InstanceRecord instance, long scopeKey, JsonObject? variables)
    {
        foreach (var (name, value) in variables ?? [])
        {
            SetLocal(instance, scopeKey, name, Json(value));
        }
    }

    /// <summary>Every variable visible from a scope, inner scopes shadowing outer ones.</summary>
    private static JsonObject Visible(InstanceRecord instance, long scopeKey, IReadOnlyCollection<string>? only = null)
    {
        var result = new JsonObject();
        foreach (var key in ScopeChain(instance, scopeKey).Reverse())
        {
            if (!instance.Variables.TryGetValue(key, out var scope))
            {
                continue;
            }

            foreach (var (name, variable) in scope)
            {
                if (only is null || only.Contains(name))
                {
                    result[name] = JsonNode.Parse(variable.Json);
                }
            }
        }

        return result;
    }

    private static JsonNode? VisibleValue(InstanceRecord instance, long scopeKey, string name)
    {
        foreach (var key in ScopeChain(instance, scopeKey))
        {
            if (instance.Variables.TryGetValue(key, out var scope) && scope.TryGetValue(name, out var variable))
            {
                return JsonNode.Parse(variable.Json);
            }
        }

        return null;
    }

    /// <summary>
    /// Writes a mapping result to its target; a dotted target (order.status) updates one entry of a context
    /// variable, starting from the value visible in <paramref name="scopeKey"/>.
    /// </summary>
    private static void WriteTarget(InstanceRecord instance, long scopeKey, string target, JsonNode? value, Action<string, string> set)
    {
        var path = target.Split('.');
        if (path.Length == 1)
        {
            set(target, Json(value));
            return;
        }

        var root = VisibleValue(instance, scopeKey, path[0]) as JsonObject ?? new JsonObject();
        var current = root;
        foreach (var segment in path[1..^1])
        {
            if (current[segment] is not JsonObject next)
            {
                current[segment] = next = new JsonObject();
            }

            current = next;
        }

        current[path[^1]] = value;
        set(path[0], root.ToJsonString());
    }

    private static string Json(JsonNode? value) => value?.ToJsonString() ?? "null";
}
