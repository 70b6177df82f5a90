namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>A scheduled check; stale entries (the entity changed or went away) are skipped when they come due.</summary>
internal readonly record struct DueEntry(DueKind Kind, long Key, DateTimeOffset Due);
