using System.Text;
using System.Text.Json.Nodes;
using OrchardCommerce.Recipes.Scripting;

namespace OrchardCommerce.Recipes.Tests.Scripting;

public sealed partial class RecipeScriptEvaluatorTests
{
    private static readonly string[] Seeds =
    [
        "'a' + uuid()",
        "variables('slug').toUpperCase().substring(1, 3)",
        "parameters('n') * 2 == 4 ? 'yes' : \"no\"",
        "configuration('k', 'd') || base64('SGVsbG8=') && html('&amp;')",
        "!(1 + 2 - 3 / 4) !== '\\u0041\\n\\t\\'\\\"\\\\'.length",
        "gzip('H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA==').replace('a', 'b').trim()",
        "variables('loop') + variables('missing') + variables('obj')",
    ];

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz_$0123456789.eE+-*/%()?:,!=<>&|'\"\\ \t\n#@[]{};`~^é€";

    [Fact]
    public void Evaluate_SeededRandomAndMutatedInput_ThrowsOnlyRecipeScriptException()
    {
        var random = new Random(20240611);
        var variables = Variables("""
            { "slug": "[js: 'my-shop']", "loop": "[js: variables('loop')]", "obj": { "a": 1 }, "n": 2 }
            """);
        var outcomes = new Dictionary<string, int> { ["success"] = 0, ["script error"] = 0 };

        for (var i = 0; i < 6_000; i++)
        {
            var input = i % 2 == 0 ? RandomString(random) : Mutate(random, Seeds[random.Next(Seeds.Length)]);
            var evaluator = Create(variables.DeepClone().AsObject(), new() { ["n"] = 2 }, new() { ["k"] = "v" });
            try
            {
                _ = i % 3 == 0 ? evaluator.EvaluateTemplate($"[js: {input}]") : evaluator.Evaluate(input);
                outcomes["success"]++;
            }
            catch (RecipeScriptException error)
            {
                Assert.InRange(error.Position, 0, Math.Max(error.Expression.Length, 0));
                outcomes["script error"]++;
            }
            catch (Exception other)
            {
                Assert.Fail($"input {i} {JsonValue.Create(input)!.ToJsonString()} threw {other.GetType().Name}: {other.Message}");
            }
        }

        // Both paths must be exercised, otherwise the generator is not testing anything.
        Assert.True(outcomes["success"] > 100, $"only {outcomes["success"]} successes");
        Assert.True(outcomes["script error"] > 100, $"only {outcomes["script error"]} errors");
    }

    private static string RandomString(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 40);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string Mutate(Random random, string seed)
    {
        var builder = new StringBuilder(seed);
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits && builder.Length > 0; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0:
                    builder.Remove(at, random.Next(1, Math.Min(6, builder.Length - at) + 1));
                    break;
                case 1:
                    builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                default:
                    builder[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
            }
        }

        return builder.ToString();
    }
}
