using System.Text;
using System.Text.Json;
using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules.Overlapping;

/// <summary>
/// A text that two argument values share exactly when graphql-js counts them the same: same kind and value, a block
/// string differing from a plain one, object fields compared regardless of order.
/// </summary>
internal static class ValueKey
{
    public static string Of(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode v: builder.Append("$").Append(v.Name.Value); break;
            case IntValueNode i: builder.Append("i").Append(i.Value); break;
            case FloatValueNode f: builder.Append("f").Append(f.Value); break;
            case StringValueNode s: builder.Append(s.Block ? "B" : "S").Append(JsonSerializer.Serialize(s.Value)); break;
            case BooleanValueNode b: builder.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: builder.Append("null"); break;
            case EnumValueNode e: builder.Append("e").Append(e.Value); break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values) { Append(builder, item); builder.Append(','); }
                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':');
                    Append(builder, field.Value);
                    builder.Append(',');
                }
                builder.Append('}');
                break;
        }
    }
}
