using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrchardCommerce.Workflows.Client.Json;

/// <summary>
/// An entity key: a Java long sent as a decimal string (schema LongKey, reference §1.2), a <c>long</c> in C#.
/// Numbers are accepted on read too, for servers that still send int64 keys.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class LongKeyAttribute : JsonConverterAttribute
{
    public override JsonConverter? CreateConverter(Type typeToConvert) =>
        typeToConvert == typeof(long?) ? new NullableConverter() : new Converter();

    private sealed class Converter : JsonConverter<long>
    {
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number) return reader.GetInt64();
            if (reader.TokenType == JsonTokenType.String && Utf8Parser.TryParse(reader.ValueSpan, out long key, out var used) && used == reader.ValueSpan.Length)
                return key;
            throw new JsonException($"Expected a key (a decimal string), got {reader.TokenType}.");
        }

        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class NullableConverter : JsonConverter<long?>
    {
        private readonly Converter _inner = new();

        public override bool HandleNull => true;

        public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : _inner.Read(ref reader, typeof(long), options);

        public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
        {
            if (value is { } key) _inner.Write(writer, key, options);
            else writer.WriteNullValue();
        }
    }
}
