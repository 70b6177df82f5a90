using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Services;

namespace OrchardCommerce.Contents.Handlers;

/// <summary>The title becomes the item's DisplayText; TitlePartSettings.Options "EditableRequired" makes it required.</summary>
public sealed class TitlePartHandler : IContentHandler
{
    public Task UpdatingAsync(ContentUpdateContext context, CancellationToken cancellationToken)
    {
        var typePart = context.Type.FindPart(ContentModelCatalog.TitlePart);
        if (typePart is null) return Task.CompletedTask;
        var title = ((string?)(context.Item.FindPart(ContentModelCatalog.TitlePart)?["Title"] as JsonValue))?.Trim();
        if (!string.IsNullOrEmpty(title)) context.Item.DisplayText = title;
        else if (IsRequired(typePart.Settings)) context.AddError("TitlePart.Title", "Title is required.");
        return Task.CompletedTask;
    }

    // Orchard's TitlePartOptions enum: 3 = EditableRequired; recipes write it as a number or by name.
    private static bool IsRequired(JsonObject settings) => settings["TitlePartSettings"]?["Options"] switch
    {
        JsonValue v when v.TryGetValue<int>(out var n) => n == 3,
        JsonValue v when v.TryGetValue<string>(out var s) => s == "EditableRequired" || s == "3",
        _ => false,
    };
}
