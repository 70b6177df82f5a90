namespace OrchardCommerce.Workflows.Client.Http;

/// <summary>Per-request settings the handlers read from <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class CamundaRequestOptions
{
    /// <summary>How long the server may hold this request on purpose (a long poll); added to the per-attempt timeout.</summary>
    public static readonly HttpRequestOptionsKey<TimeSpan> LongPoll = new("Camunda.LongPoll");
}
