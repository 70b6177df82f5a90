namespace OrchardCommerce.Workflows.Rest.Http;

/// <summary>A request the gateway's validators would refuse; becomes 400 INVALID_ARGUMENT with this detail.</summary>
internal sealed class BadRequestException(string detail) : Exception(detail);
