using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Daemon.Webhooks.Dashboard;

/// <summary>An attempt's outcome as a badge in the dashboard's state colours, with the receiver's status code.</summary>
internal static class DeliveryBadge
{
    public static Markup Render(WebhookDeliveryAttempt attempt, JobState? jobState = null)
    {
        var (css, text) = attempt.Outcome switch
        {
            WebhookDeliveryOutcome.Delivered => ("state-succeeded", "delivered"),
            WebhookDeliveryOutcome.Failed when jobState == JobState.DeadLettered => ("state-deadlettered", "dead letter"),
            WebhookDeliveryOutcome.Failed => ("state-failed", "failed"),
            _ => ("state-deleted", attempt.Outcome),
        };
        var code = attempt.StatusCode is { } status ? $" {status}" : "";
        return new HtmlWriter().Append($"<span class=\"badge {css}\">{text}{code}</span>").ToMarkup();
    }
}
