using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Client;

/// <summary>A search filter: typed equality fields plus <see cref="Advanced"/> wire fields ($or, $gte, $like, …).</summary>
public interface ISearchFilter
{
    JsonObject? Advanced { get; }
}
