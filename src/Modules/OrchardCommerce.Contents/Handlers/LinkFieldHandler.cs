using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Services;

namespace OrchardCommerce.Contents.Handlers;

/// <summary>LinkFieldSettings.Required, and no script URLs: a link is rendered as an href on the public site.</summary>
public sealed class LinkFieldHandler : IContentHandler
{
    public Task UpdatingAsync(ContentUpdateContext context, CancellationToken cancellationToken)
    {
        foreach (var field in context.Fields("LinkField"))
        {
            var url = field.Value["Url"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            var name = field.Definition.DisplayName;
            if (string.IsNullOrWhiteSpace(url))
            {
                if (field.Definition.Flag("Required")) context.AddError(field.Path, $"{name} is required.");
            }
            else if (!HtmlSanitizer.IsSafeUrl(url))
            {
                context.AddError(field.Path, $"{name} must be a relative, http(s), mailto or tel URL.");
            }
        }
        return Task.CompletedTask;
    }
}
