using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrchardCommerce.Workflows.Client.Json;

/// <summary>A duration sent as an int64 number of milliseconds (timeout, requestTimeout, timeToLive, retryBackOff).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class MillisecondsAttribute : JsonConverterAttribute
{
    public override JsonConverter? CreateConverter(Type typeToConvert) =>
        typeToConvert == typeof(TimeSpan?) ? new NullableConverter() : new Converter();

    private sealed class Converter : JsonConverter<TimeSpan>
    {
        public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeSpan.FromMilliseconds(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
            writer.WriteNumberValue((long)value.TotalMilliseconds);
    }

    private sealed class NullableConverter : JsonConverter<TimeSpan?>
    {
        public override TimeSpan? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : TimeSpan.FromMilliseconds(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, TimeSpan? value, JsonSerializerOptions options)
        {
            if (value is { } span) writer.WriteNumberValue((long)span.TotalMilliseconds);
            else writer.WriteNullValue();
        }
    }
}
