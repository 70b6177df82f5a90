namespace OrchardCommerce.Jobs;

/// <summary>The randomness of retry jitter; tests register a seeded one so backoff is deterministic.</summary>
public sealed class JobRandom(Random random)
{
    private readonly Lock _gate = new();

    public double NextDouble()
    {
        lock (_gate) return random.NextDouble();
    }

    internal Random AsRandom() => new LockedRandom(this);

    private sealed class LockedRandom(JobRandom owner) : Random
    {
        public override double NextDouble() => owner.NextDouble();
        protected override double Sample() => owner.NextDouble();
    }
}
