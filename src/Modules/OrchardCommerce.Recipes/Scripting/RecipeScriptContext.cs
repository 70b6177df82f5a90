using System.Text.Json.Nodes;

namespace OrchardCommerce.Recipes.Scripting;

/// <summary>
/// Everything an expression may read: the recipe's <c>variables</c> object, the caller's parameters,
/// a configuration lookup and the id generator behind <c>uuid()</c>.
/// </summary>
public sealed class RecipeScriptContext
{
    public RecipeScriptContext(
        JsonObject? variables = null,
        IReadOnlyDictionary<string, object?>? parameters = null,
        Func<string, string?>? configuration = null,
        Func<string>? idGenerator = null,
        TimeProvider? timeProvider = null)
    {
        Variables = variables;
        Parameters = parameters ?? new Dictionary<string, object?>();
        Configuration = configuration ?? (_ => null);
        IdGenerator = idGenerator ?? NewId;
        TimeProvider = timeProvider ?? TimeProvider.System;
    }

    public JsonObject? Variables { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public Func<string, string?> Configuration { get; }

    public Func<string> IdGenerator { get; }

    /// <summary>The clock behind <c>new Date()</c>.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>A 26-character lowercase alphanumeric id, the shape Orchard Core's id generator produces.</summary>
    public static string NewId() => Guid.NewGuid().ToString("n")[..26];
}
