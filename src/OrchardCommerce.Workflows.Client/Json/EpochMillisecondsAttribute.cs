using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrchardCommerce.Workflows.Client.Json;

/// <summary>A point in time sent as int64 epoch milliseconds (the activated job's deadline, reference §2.6).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class EpochMillisecondsAttribute : JsonConverterAttribute
{
    public override JsonConverter? CreateConverter(Type typeToConvert) => new Converter();

    private sealed class Converter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value.ToUnixTimeMilliseconds());
    }
}
