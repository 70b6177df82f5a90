using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;

namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>The rows of content_items that are the requested version, as Contents' own store selects them.</summary>
internal static class ContentStatusSql
{
    public static string Filter(SqlDialect dialect, VersionOptions status) => status switch
    {
        VersionOptions.Published => $"content_items.published = {dialect.True}",
        VersionOptions.Latest => $"content_items.latest = {dialect.True}",
        _ => $"content_items.latest = {dialect.True} AND content_items.published = {dialect.False}",
    };
}
