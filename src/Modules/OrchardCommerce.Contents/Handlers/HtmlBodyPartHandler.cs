using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Services;

namespace OrchardCommerce.Contents.Handlers;

/// <summary>HtmlBodyPart.Html is sanitized when saved, so every reader (API, site, GraphQL) gets safe markup.</summary>
public sealed class HtmlBodyPartHandler(HtmlSanitizer sanitizer) : IContentHandler
{
    public Task UpdatingAsync(ContentUpdateContext context, CancellationToken cancellationToken)
    {
        if (context.Item.FindPart(ContentModelCatalog.HtmlBodyPart) is { } part && part["Html"] is JsonValue html
            && html.TryGetValue<string>(out var value))
            part["Html"] = sanitizer.Sanitize(value);
        return Task.CompletedTask;
    }
}
