namespace OrchardCommerce.Workflows.Feel;

internal enum FeelTokenKind
{
    Number,
    String,
    Name,
    Symbol,
    End,
}
