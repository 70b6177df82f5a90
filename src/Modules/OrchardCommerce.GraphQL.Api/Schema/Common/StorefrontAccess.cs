using OrchardCommerce.Contents.Models;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Common;

/// <summary>Who may read what: the published version for everyone, drafts only for callers the endpoint found allowed.</summary>
internal static class StorefrontAccess
{
    public static StorefrontCaller Caller(ResolveContext context) => context.UserContext as StorefrontCaller ?? StorefrontCaller.Anonymous;

    /// <summary>The "status" argument, refused before any read when it asks for drafts the caller may not see.</summary>
    public static VersionOptions Status(ResolveContext context)
    {
        var status = context.Argument("status", VersionOptions.Published);
        if (status != VersionOptions.Published && !Caller(context).CanSeeDrafts) throw StorefrontErrors.Drafts();
        return status;
    }

    /// <summary>
    /// The version of what an item picks: a published item shows published items only; a draft (which only a caller
    /// with drafts can have been given) previews with the latest versions, as LayoutReader does for pages.
    /// </summary>
    public static VersionOptions PickedStatus(ContentItem parent) =>
        parent.Published ? VersionOptions.Published : VersionOptions.Latest;
}
