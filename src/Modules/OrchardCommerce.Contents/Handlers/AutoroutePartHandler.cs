using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Services;

namespace OrchardCommerce.Contents.Handlers;

/// <summary>Normalizes the path ("/about-us"), makes one from the title when empty, and keeps it unique per tenant.</summary>
public sealed class AutoroutePartHandler(RouteIndex routes) : IContentHandler
{
    private const string Field = "AutoroutePart.Path";

    public async Task UpdatingAsync(ContentUpdateContext context, CancellationToken cancellationToken)
    {
        if (!context.Type.HasPart(ContentModelCatalog.AutoroutePart)) return;
        var part = context.Item.Part(ContentModelCatalog.AutoroutePart);
        var raw = (string?)(part["Path"] as JsonValue);
        var home = part["SetHomepage"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        var path = string.IsNullOrWhiteSpace(raw)
            ? home ? null : AutoroutePaths.Slugify(context.Item.DisplayText)
            : AutoroutePaths.Normalize(raw);
        if (path is null) return;
        if (AutoroutePaths.Problem(path) is { } problem)
        {
            context.AddError(Field, problem);
            return;
        }
        part["Path"] = path;
        var owner = await routes.FindOwnerAsync(path, context.Item.ContentItemId, cancellationToken);
        if (owner is not null)
            context.AddError(Field, $"The path '{path}' is already used by another content item ({owner}).");
    }
}
