using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>Writes result values and errors as JSON, numbers as JavaScript prints them (graphql-js JSON.stringify).</summary>
internal static class ResultJsonWriter
{
    private const double MaxSafeInteger = 9007199254740991d;

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { Count: > 0 } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var key in path)
                if (key is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue((string)key);
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case double number: WriteDouble(writer, number); break;
            case float number: WriteDouble(writer, number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case ObjectResult map: WriteObject(writer, map); break;
            case ListResult list: WriteList(writer, list.Items); break;
            case JsonElement element: element.WriteTo(writer); break;
            case JsonNode node: node.WriteTo(writer); break;
            case IReadOnlyDictionary<string, object?> dictionary: WriteDictionary(writer, dictionary); break;
            case IEnumerable items: WriteEnumerable(writer, items); break;
            case IFormattable formattable: writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double number)
    {
        // Integral values print without a fraction, as JSON.stringify does; others in JavaScript's shortest form.
        if (Math.Floor(number) == number && Math.Abs(number) <= MaxSafeInteger) writer.WriteNumberValue((long)number);
        else if (double.IsFinite(number)) writer.WriteRawValue(JsNumber.Format(number), skipInputValidation: true);
        else writer.WriteNullValue();
    }

    private static void WriteObject(Utf8JsonWriter writer, ObjectResult map)
    {
        writer.WriteStartObject();
        var keys = map.ResponseKeys;
        var values = map.Values;
        for (var i = 0; i < keys.Length; i++)
        {
            writer.WritePropertyName(keys[i]);
            WriteValue(writer, values[i]);
        }
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, object?[] items)
    {
        writer.WriteStartArray();
        foreach (var item in items) WriteValue(writer, item);
        writer.WriteEndArray();
    }

    private static void WriteDictionary(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> dictionary)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in dictionary)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }
        writer.WriteEndObject();
    }

    private static void WriteEnumerable(Utf8JsonWriter writer, IEnumerable items)
    {
        writer.WriteStartArray();
        foreach (var item in items) WriteValue(writer, item);
        writer.WriteEndArray();
    }
}
