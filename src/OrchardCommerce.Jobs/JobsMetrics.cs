namespace OrchardCommerce.Jobs;

internal sealed class JobsMetrics { }
