namespace OrchardCommerce.Daemon.Orders;

/// <summary>Section "Workflows:Orders": how orders start and feed their workflow.</summary>
public sealed class OrderWorkflowOptions
{
    public const string Section = "Workflows:Orders";

    /// <summary>The folder of BPMN files deployed at start (repo's bpmn/ by default).</summary>
    public string? BpmnPath { get; set; }

    /// <summary>How long an order-placed message may wait for its process. Its message id guards duplicates that long.</summary>
    public TimeSpan StartMessageTimeToLive { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long an order waits for an asynchronous payment's confirmation before it is cancelled (ISO 8601 duration,
    /// the process's paymentTimeout variable); unset leaves the process's own default (PT30M).
    /// </summary>
    public string? PaymentTimeout { get; set; }

    /// <summary>How long a payment verdict waits for the order's process to reach its payment wait.</summary>
    public TimeSpan PaymentMessageTimeToLive { get; set; } = TimeSpan.FromHours(1);
}
