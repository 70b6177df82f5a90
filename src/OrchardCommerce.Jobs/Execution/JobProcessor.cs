namespace OrchardCommerce.Jobs.Execution;

internal sealed class JobProcessor { }
