using OrchardCommerce.Modules;

namespace OrchardCommerce.Webhooks;

internal static class Manifest
{
    public static readonly ModuleManifest Value = new(
        Id: "OrchardCommerce.Webhooks",
        Name: "Webhooks",
        Description: "Outgoing webhook subscriptions of a tenant: which events go to which URL, signed with the subscription's secret.");
}
