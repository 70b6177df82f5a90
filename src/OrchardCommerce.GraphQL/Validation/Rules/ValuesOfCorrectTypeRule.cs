using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.6.1 Values of Correct Type, §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields,
/// and the oneOf draft's exactly-one-non-null-field rule: every literal is valid for the input type its position
/// expects; leaf literals are judged by the type's own literal parsing, with its message.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(Node node)
        {
            switch (node)
            {
                case ListValueNode list:
                    // TypeInfo has already stepped into the item type, so the list type is the parent's.
                    if (context.ParentInputType?.Nullable is ListType) return true;
                    CheckLeaf(list);
                    return false;
                case ObjectValueNode objectValue:
                    if (context.InputType?.Named is not InputObjectType type)
                    {
                        CheckLeaf(objectValue);
                        return false;
                    }
                    CheckObject(objectValue, type);
                    return true;
                case ObjectFieldNode field:
                    if (context.InputType is null && context.ParentInputType?.Named is InputObjectType parent)
                    {
                        var suggestions = context.HideSuggestions ? [] : SuggestionList.For(field.Name.Value, parent.Fields.Select(f => f.Name));
                        context.ReportError($"Field \"{field.Name.Value}\" is not defined by type \"{parent.Name}\"." + DidYouMean.Format(suggestions), field);
                    }
                    return true;
                case NullValueNode when context.InputType is NonNullType nonNull:
                    context.ReportError($"Expected value of type \"{nonNull}\", found null.", node);
                    return true;
                case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                    CheckLeaf((ValueNode)node);
                    return true;
            }
            return true;
        }

        private void CheckObject(ObjectValueNode node, InputObjectType type)
        {
            var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in node.Fields) given[field.Name.Value] = field;
            foreach (var definition in type.Fields)
            {
                if (!given.ContainsKey(definition.Name) && definition.IsRequired)
                    context.ReportError($"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.", node);
            }
            if (!type.IsOneOf) return;
            if (given.Count != 1)
                context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            else if (given.Values.First().Value is NullValueNode)
                context.ReportError($"Field \"{type.Name}.{given.Keys.First()}\" must be non-null.", node);
        }

        private void CheckLeaf(ValueNode node)
        {
            if (context.InputType is not { } locationType) return;
            try
            {
                switch (locationType.Named)
                {
                    case EnumType enumType: enumType.ParseLiteral(node, context.HideSuggestions); break;
                    case ScalarType scalar: scalar.ParseLiteral(node); break;
                    default:
                        context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                        break;
                }
            }
            catch (GraphQLCoercionException invalid)
            {
                context.ReportError(invalid.Message, node);
            }
        }
    }
}
