namespace OrchardCommerce.Jobs;

/// <summary>The registered job types by name.</summary>
internal sealed class JobTypeRegistry
{
    private readonly Dictionary<string, JobTypeRegistration> _types;

    public JobTypeRegistry(IEnumerable<JobTypeRegistration> registrations)
    {
        _types = new Dictionary<string, JobTypeRegistration>(StringComparer.Ordinal);
        foreach (var registration in registrations)
            if (!_types.TryAdd(registration.Name, registration))
                throw new InvalidOperationException($"Job type '{registration.Name}' is registered twice.");
    }

    public JobTypeRegistration? Find(string type) => _types.GetValueOrDefault(type);
}
