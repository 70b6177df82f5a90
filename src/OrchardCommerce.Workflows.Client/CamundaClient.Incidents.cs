namespace OrchardCommerce.Workflows.Client;

public sealed partial class CamundaClient
{
    /// <summary>
    /// POST /v2/incidents/{key}/resolution. For a job incident raise the job's retries first
    /// (<see cref="UpdateJobAsync"/>), or the incident comes straight back.
    /// </summary>
    public Task ResolveIncidentAsync(long incidentKey, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"incidents/{Key(incidentKey)}/resolution", null, cancellationToken);

    /// <summary>GET /v2/incidents/{key}.</summary>
    public Task<Incident> GetIncidentAsync(long incidentKey, CancellationToken cancellationToken = default) =>
        SendAsync<Incident>(HttpMethod.Get, $"incidents/{Key(incidentKey)}", null, cancellationToken);

    /// <summary>POST /v2/incidents/search.</summary>
    public Task<SearchResult<Incident>> SearchIncidentsAsync(IncidentFilter? filter = null, IReadOnlyList<SearchSort>? sort = null,
        SearchPage? page = null, CancellationToken cancellationToken = default) =>
        SendAsync<SearchResult<Incident>>(HttpMethod.Post, "incidents/search", SearchQuery.Create(filter, sort, page),
            cancellationToken);
}
