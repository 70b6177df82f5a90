namespace OrchardCommerce.GraphQL.Validation;

/// <summary>
/// A validation rule (spec §5): creates, for one validation, a visitor that sees every node of the document together
/// with the other rules' visitors, in one pass sharing one <see cref="TypeInfo"/>.
/// </summary>
public interface IValidationRule
{
    ValidationVisitor CreateVisitor(ValidationContext context);
}
