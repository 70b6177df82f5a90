using System.Globalization;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Contents.Handlers;

/// <summary>DateField and DateTimeField: Required, and a value that parses as an ISO 8601 date.</summary>
public sealed class DateFieldHandler : IContentHandler
{
    public Task UpdatingAsync(ContentUpdateContext context, CancellationToken cancellationToken)
    {
        foreach (var field in context.Fields("DateField").Concat(context.Fields("DateTimeField")))
        {
            var value = field.Value["Value"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            var name = field.Definition.DisplayName;
            if (string.IsNullOrWhiteSpace(value))
            {
                if (field.Definition.Flag("Required")) context.AddError(field.Path, $"{name} is required.");
            }
            else if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
            {
                context.AddError(field.Path, $"{name} must be a date (ISO 8601).");
            }
        }
        return Task.CompletedTask;
    }
}
