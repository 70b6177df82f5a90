using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

        public override bool Enter(Node node)
        {
            if (node is FragmentDefinitionNode fragment)
            {
                if (known.TryGetValue(fragment.Name.Value, out var first))
                    context.ReportError($"There can be only one fragment named \"{fragment.Name.Value}\".", first, fragment.Name);
                else known[fragment.Name.Value] = fragment.Name;
            }
            return node is DocumentNode;
        }
    }
}
