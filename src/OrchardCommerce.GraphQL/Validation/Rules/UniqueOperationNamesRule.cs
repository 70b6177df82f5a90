using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.2.1.1 Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

        public override bool Enter(Node node)
        {
            if (node is OperationDefinitionNode { Name: { } name })
            {
                if (known.TryGetValue(name.Value, out var first))
                    context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                else known[name.Value] = name;
            }
            return node is DocumentNode;
        }
    }
}
