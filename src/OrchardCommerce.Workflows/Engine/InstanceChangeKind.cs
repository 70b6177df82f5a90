namespace OrchardCommerce.Workflows.Engine;

public enum InstanceChangeKind
{
    ElementActivated,
    ElementCompleted,
    ElementTerminated,
}
