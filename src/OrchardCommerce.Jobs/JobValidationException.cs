namespace OrchardCommerce.Jobs;

/// <summary>Bad input refused at enqueue; <see cref="Field"/> names what was wrong ("type", "payload", "queue", "cron", "timeZone").</summary>
public sealed class JobValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
