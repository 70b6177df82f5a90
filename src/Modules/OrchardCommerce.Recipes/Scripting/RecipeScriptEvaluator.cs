using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Recipes.Scripting;

/// <summary>
/// Evaluates the JavaScript subset used by Orchard Core recipe <c>[js: ...]</c> expressions.
/// One instance per recipe run: resolved variables are cached, so a variable is evaluated at most once.
/// Not thread-safe.
/// </summary>
public sealed class RecipeScriptEvaluator
{
    private readonly Interpreter _interpreter;
    private readonly VariableResolver _variables;
    private readonly JsonObject? _variablesObject;

    public RecipeScriptEvaluator(RecipeScriptContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _variablesObject = context.Variables;
        _variables = new VariableResolver(context.Variables, Evaluate);
        _interpreter = new Interpreter(new BuiltinFunctions(context, _variables));
    }

    /// <summary>Evaluates a bare expression (without the <c>[js: ]</c> wrapper).</summary>
    /// <returns>A <see cref="string"/>, <see cref="double"/>, <see cref="bool"/> or null.</returns>
    /// <exception cref="RecipeScriptException">The expression is malformed or fails to evaluate.</exception>
    public object? Evaluate(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        try
        {
            return _interpreter.Evaluate(Parser.Parse(expression));
        }
        catch (ScriptFault fault)
        {
            throw new RecipeScriptException(fault.Reason, expression, fault.Position);
        }
    }

    /// <summary>
    /// Evaluates <paramref name="value"/> if it is a <c>[js: ...]</c> template; otherwise returns it unchanged as a JSON string.
    /// </summary>
    public JsonNode? EvaluateTemplate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ScriptTemplate.TryGetExpression(value, out var expression)
            ? ScriptValueConverter.ToJson(Evaluate(expression))
            : JsonValue.Create(value);
    }

    /// <summary>
    /// Replaces, in place, every string value below <paramref name="node"/> (through objects and arrays)
    /// that is a <c>[js: ...]</c> template with its result. The root itself is not replaced: it has no parent.
    /// Entries of the context's variables object go through variables(), so each keeps its single cached value.
    /// </summary>
    public void ExpandAll(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(property => property.Key).ToList())
                {
                    var variable = ReferenceEquals(obj, _variablesObject) ? name : null;
                    if (TryExpand(obj[name], variable, out var result))
                    {
                        obj[name] = result;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (TryExpand(array[i], null, out var result))
                    {
                        array[i] = result;
                    }
                }

                break;
        }
    }

    /// <summary>True when <paramref name="child"/> is a template to replace; otherwise expands inside it.</summary>
    private bool TryExpand(JsonNode? child, string? variableName, out JsonNode? result)
    {
        result = null;
        if (child is JsonValue value && value.GetValueKind() == JsonValueKind.String
            && value.TryGetValue<string>(out var text) && ScriptTemplate.TryGetExpression(text, out var expression))
        {
            result = variableName is null ? EvaluateTemplate(text) : ResolveVariable(variableName, expression);
            return true;
        }

        if (child is not null)
        {
            ExpandAll(child);
        }

        return false;
    }

    private JsonNode? ResolveVariable(string name, string expression)
    {
        try
        {
            return ScriptValueConverter.ToJson(_variables.Resolve(name, 0));
        }
        catch (ScriptFault fault)
        {
            // Unreachable for a template-valued entry; kept so no internal exception type can escape.
            throw new RecipeScriptException(fault.Reason, expression, fault.Position);
        }
    }
}
