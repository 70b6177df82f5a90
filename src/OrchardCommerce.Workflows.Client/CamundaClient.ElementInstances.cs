namespace OrchardCommerce.Workflows.Client;

public sealed partial class CamundaClient
{
    /// <summary>
    /// POST /v2/element-instances/search: the element runs of instances (what is active, what completed), as Operate
    /// draws them on the diagram. Eventually consistent like every search.
    /// </summary>
    public Task<SearchResult<ElementInstance>> SearchElementInstancesAsync(ElementInstanceFilter? filter = null,
        IReadOnlyList<SearchSort>? sort = null, SearchPage? page = null, CancellationToken cancellationToken = default) =>
        SendAsync<SearchResult<ElementInstance>>(HttpMethod.Post, "element-instances/search", SearchQuery.Create(filter, sort, page),
            cancellationToken);
}
