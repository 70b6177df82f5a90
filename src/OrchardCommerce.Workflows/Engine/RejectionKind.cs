namespace OrchardCommerce.Workflows.Engine;

/// <summary>Why a command was refused, as the Zeebe broker classifies rejections (reference §1.4).</summary>
public enum RejectionKind
{
    InvalidArgument,
    NotFound,
    InvalidState,
    AlreadyExists,
    DeadlineExceeded,
    ResourceExhausted,
}
