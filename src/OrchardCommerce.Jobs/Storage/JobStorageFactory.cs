namespace OrchardCommerce.Jobs.Storage;

/// <summary>Picks the storage driver named in the options.</summary>
internal static class JobStorageFactory
{
    public static IJobStorage Create(JobsOptions options) => throw new NotImplementedException();
}
