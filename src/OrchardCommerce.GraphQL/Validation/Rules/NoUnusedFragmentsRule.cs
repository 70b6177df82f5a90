using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.5.1.4 Fragments Must Be Used: every fragment is reached from some operation.</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<OperationDefinitionNode> operations = [];
        private readonly List<FragmentDefinitionNode> fragments = [];

        public override bool Enter(Node node)
        {
            if (node is OperationDefinitionNode operation) operations.Add(operation);
            else if (node is FragmentDefinitionNode fragment) fragments.Add(fragment);
            return node is DocumentNode;
        }

        public override void Leave(Node node)
        {
            if (node is not DocumentNode) return;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in context.GetRecursivelyReferencedFragments(operations)) used.Add(fragment.Name.Value);
            foreach (var fragment in fragments)
                if (!used.Contains(fragment.Name.Value))
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
