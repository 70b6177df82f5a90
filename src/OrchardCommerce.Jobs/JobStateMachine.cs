namespace OrchardCommerce.Jobs;

internal sealed class JobStateMachine { }
