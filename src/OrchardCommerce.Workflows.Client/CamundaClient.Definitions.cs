namespace OrchardCommerce.Workflows.Client;

public sealed partial class CamundaClient
{
    /// <summary>GET /v2/process-definitions/{key}/xml: the BPMN XML as deployed (text/xml), e.g. for a diagram viewer.</summary>
    public async Task<string> GetProcessDefinitionXmlAsync(long processDefinitionKey, CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(HttpMethod.Get, $"process-definitions/{Key(processDefinitionKey)}/xml", null, longPoll: null);
        using var response = await SendCoreAsync(request, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }
}
