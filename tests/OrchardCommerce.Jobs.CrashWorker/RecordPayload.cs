namespace OrchardCommerce.Jobs.CrashWorker;

public sealed record RecordPayload(int N);
