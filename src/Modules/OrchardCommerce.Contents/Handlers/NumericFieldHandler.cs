using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Contents.Handlers;

/// <summary>NumericFieldSettings: Required, Minimum, Maximum, Scale (decimal places allowed).</summary>
public sealed class NumericFieldHandler : IContentHandler
{
    public Task UpdatingAsync(ContentUpdateContext context, CancellationToken cancellationToken)
    {
        foreach (var field in context.Fields("NumericField"))
        {
            var name = field.Definition.DisplayName;
            var node = field.Value["Value"];
            if (node is null || node.GetValueKind() == JsonValueKind.Null)
            {
                if (field.Definition.Flag("Required")) context.AddError(field.Path, $"{name} is required.");
                continue;
            }
            if (!TryRead(node, out var value))
            {
                context.AddError(field.Path, $"{name} must be a number.");
                continue;
            }
            if (field.Definition.Number("Minimum") is { } min && value < min)
                context.AddError(field.Path, $"{name} must be at least {min.ToString(CultureInfo.InvariantCulture)}.");
            if (field.Definition.Number("Maximum") is { } max && value > max)
                context.AddError(field.Path, $"{name} must be at most {max.ToString(CultureInfo.InvariantCulture)}.");
            if (field.Definition.Number("Scale") is { } scale && Math.Round(value, (int)Math.Clamp(scale, 0, 28)) != value)
                context.AddError(field.Path, $"{name} must have at most {scale.ToString(CultureInfo.InvariantCulture)} decimal places.");
        }
        return Task.CompletedTask;
    }

    private static bool TryRead(JsonNode node, out decimal value)
    {
        value = 0;
        var text = node.GetValueKind() switch
        {
            JsonValueKind.Number => node.ToJsonString(),
            JsonValueKind.String => node.GetValue<string>(),
            _ => null,
        };
        return text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
