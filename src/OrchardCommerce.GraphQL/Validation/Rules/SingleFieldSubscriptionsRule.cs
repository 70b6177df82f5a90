using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.2.3.1 Single root field: a subscription selects exactly one root field, and not an introspection
/// one. Fields are collected as execution would (spec §6.3.2 CollectFields) with no variables given.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private Dictionary<string, FragmentDefinitionNode>? fragments;

        public override bool Enter(Node node)
        {
            if (node is DocumentNode) return true;
            if (node is OperationDefinitionNode { Operation: OperationType.Subscription } operation && context.Schema.SubscriptionType is { } root)
                Check(operation, root);
            return false;
        }

        private void Check(OperationDefinitionNode operation, ObjectType root)
        {
            var name = operation.Name?.Value;
            if (fragments is null)
            {
                fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
                context.SpendFragmentWork(context.Document.Definitions.Count);
                foreach (var definition in context.Document.Definitions)
                    if (definition is FragmentDefinitionNode fragment) fragments[fragment.Name.Value] = fragment;
            }
            var fields = new RootFieldCollector(context, fragments, root).Collect(operation.SelectionSet);
            if (fields.Count > 1)
            {
                var extra = fields.Skip(1).SelectMany(f => f.Value).ToArray<Node?>();
                context.ReportError(name is null
                    ? "Anonymous Subscription must select only one top level field."
                    : $"Subscription \"{name}\" must select only one top level field.", extra);
            }
            foreach (var (_, fieldNodes) in fields)
            {
                if (!fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal)) continue;
                context.ReportError(name is null
                    ? "Anonymous Subscription must not select an introspection top level field."
                    : $"Subscription \"{name}\" must not select an introspection top level field.", fieldNodes.ToArray<Node?>());
            }
        }
    }
}
