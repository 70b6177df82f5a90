using Microsoft.AspNetCore.Http;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Rest.Http;

/// <summary>Engine rejections and invalid requests become the gateway's problem details; nothing else is caught.</summary>
internal sealed class EngineErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (BadRequestException invalid)
        {
            return CamundaProblem.InvalidArgument(context.HttpContext, invalid.Message);
        }
        catch (WorkflowRejection rejection)
        {
            return CamundaProblem.Create(context.HttpContext, rejection.StatusCode, rejection.Title, rejection.Detail);
        }
    }
}
