namespace OrchardCommerce.Jobs.Maintenance;

internal sealed class RetentionCleaner { }
