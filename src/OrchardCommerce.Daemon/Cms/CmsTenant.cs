namespace OrchardCommerce.Daemon.Cms;

/// <summary>A running tenant and how to address it: by its first host name, else by its URL prefix.</summary>
public sealed record CmsTenant(string Name, string? Host, string? UrlPrefix)
{
    public const string DefaultName = "Default";

    /// <summary>The Default tenant, at Cms.Web's base address: the tenant registry and its feed.</summary>
    public static readonly CmsTenant Default = new(DefaultName, null, null);
}
