using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.6.3 Input Object Field Uniqueness, per object literal (nested literals have their own names).
/// Checked field by field as the walk reaches them, so errors interleave with those inside the values.
/// </summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Stack<Dictionary<string, NameNode>> knownStack = new();

        public override bool Enter(Node node)
        {
            if (node is ObjectValueNode) knownStack.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
            else if (node is ObjectFieldNode field)
            {
                var known = knownStack.Peek();
                if (known.TryGetValue(field.Name.Value, out var first))
                    context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                else known[field.Name.Value] = field.Name;
            }
            return true;
        }

        public override void Leave(Node node)
        {
            if (node is ObjectValueNode) knownStack.Pop();
        }
    }
}
