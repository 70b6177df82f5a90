using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Services;

namespace OrchardCommerce.Contents.Handlers;

/// <summary>HtmlField values are sanitized when saved, like HtmlBodyPart.</summary>
public sealed class HtmlFieldHandler(HtmlSanitizer sanitizer) : IContentHandler
{
    public Task UpdatingAsync(ContentUpdateContext context, CancellationToken cancellationToken)
    {
        foreach (var field in context.Fields("HtmlField"))
            if (field.Value["Html"] is JsonValue html && html.TryGetValue<string>(out var value))
                field.Value["Html"] = sanitizer.Sanitize(value);
        return Task.CompletedTask;
    }
}
