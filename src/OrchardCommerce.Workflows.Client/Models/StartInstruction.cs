namespace OrchardCommerce.Workflows.Client;

/// <summary>Start the new instance before this element instead of at the none start event.</summary>
public sealed record StartInstruction(string ElementId);
