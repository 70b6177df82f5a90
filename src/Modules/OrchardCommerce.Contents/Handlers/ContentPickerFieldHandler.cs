using System.Text.Json.Nodes;

namespace OrchardCommerce.Contents.Handlers;

/// <summary>ContentPickerFieldSettings: Required, and Multiple (without it, at most one item).</summary>
public sealed class ContentPickerFieldHandler : IContentHandler
{
    public Task UpdatingAsync(ContentUpdateContext context, CancellationToken cancellationToken)
    {
        foreach (var field in context.Fields("ContentPickerField"))
        {
            var ids = field.Value["ContentItemIds"] as JsonArray;
            var count = ids?.Count(id => id is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0) ?? 0;
            var name = field.Definition.DisplayName;
            if (count == 0 && field.Definition.Flag("Required"))
                context.AddError(field.Path, $"{name} is required.");
            if (count > 1 && !field.Definition.Flag("Multiple"))
                context.AddError(field.Path, $"{name} accepts a single item.");
        }
        return Task.CompletedTask;
    }
}
