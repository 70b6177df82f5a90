namespace OrchardCommerce.Jobs;

/// <summary>Thrown by a handler to dead-letter its job at once, without retries.</summary>
public sealed class NonRetryableJobException : Exception
{
    public NonRetryableJobException(string message) : base(message) { }

    public NonRetryableJobException(string message, Exception inner) : base(message, inner) { }
}
