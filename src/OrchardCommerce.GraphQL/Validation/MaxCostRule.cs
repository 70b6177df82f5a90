using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation;

/// <summary>
/// Not a spec rule: limits what an operation may cost before it runs. A field costs its
/// <see cref="Types.FieldDefinition.Cost"/> plus the cost of its sub-selection; a list field multiplies that by its
/// page size — the first, last or limit argument (a literal, or a variable's given value or default) — or by
/// <see cref="DefaultListSize"/>. Fragments on abstract types all count (an upper bound); @skip/@include are ignored.
/// A fragment spread inside its own cycle costs nothing, so the computation terminates.
/// </summary>
public sealed class MaxCostRule(int maxCost, IReadOnlyDictionary<string, object?>? variables = null, int defaultListSize = 10) : IValidationRule
{
    public int MaxCost { get; } = maxCost >= 0 ? maxCost : throw new ArgumentOutOfRangeException(nameof(maxCost));

    /// <summary>The page size assumed for a list field given none.</summary>
    public int DefaultListSize { get; } = defaultListSize >= 0 ? defaultListSize : throw new ArgumentOutOfRangeException(nameof(defaultListSize));

    /// <summary>The request's raw variable values (as <see cref="Utilities.JsonInput"/> reads them), for page sizes given as variables.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; } = variables;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, MaxCostRule rule) : ValidationVisitor
    {
        public override bool Enter(Node node)
        {
            if (node is not OperationDefinitionNode operation) return node is DocumentNode;
            if (context.Schema.GetRootType(operation.Operation) is not { } root) return false;
            var cost = new CostCalculator(context, operation, rule.Variables, rule.DefaultListSize).CostOf(root, operation.SelectionSet);
            if (cost > rule.MaxCost) context.ReportError($"Query cost {cost} exceeds the maximum of {rule.MaxCost}.", operation);
            return false;
        }
    }
}
