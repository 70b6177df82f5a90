using System.Text.Json.Nodes;

namespace OrchardCommerce.Sync.Reconciliation;

/// <summary>
/// One reconciliation run of the tenant as the daemon reports it: when, why (schedule, manual, product), how many
/// aggregates it compared and what drifted; <see cref="Report"/> lists each drift with its direction and reason.
/// </summary>
public sealed record ReconciliationReport(long Id, DateTime StartedUtc, DateTime FinishedUtc, string Trigger, long Checked, long Drifted, JsonNode Report);
