using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the types in scope at the current node — the output type, the parent
/// composite type, the field definition, the expected input type, the argument, directive and enum value — with
/// graphql-js TypeInfo's semantics: an unknown field or type leaves an empty slot rather than stopping the walk.
/// </summary>
public sealed class TypeInfo(GraphQLSchema schema)
{
    private readonly List<GraphQLType?> typeStack = [];
    private readonly List<NamedType?> parentTypeStack = [];
    private readonly List<GraphQLType?> inputTypeStack = [];
    private readonly List<FieldDefinition?> fieldDefStack = [];
    private readonly List<InputValueDefinition?> defaultOwnerStack = [];

    public GraphQLSchema Schema { get; } = schema;
    public GraphQLType? Type => typeStack.Count > 0 ? typeStack[^1] : null;
    public NamedType? ParentType => parentTypeStack.Count > 0 ? parentTypeStack[^1] : null;
    public GraphQLType? InputType => inputTypeStack.Count > 0 ? inputTypeStack[^1] : null;
    public GraphQLType? ParentInputType => inputTypeStack.Count > 1 ? inputTypeStack[^2] : null;
    public FieldDefinition? FieldDef => fieldDefStack.Count > 0 ? fieldDefStack[^1] : null;
    public DirectiveDefinition? Directive { get; private set; }
    public InputValueDefinition? Argument { get; private set; }
    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Whether the argument or input field at the current value position has a default (lists never do).</summary>
    public bool HasDefaultValue => defaultOwnerStack.Count > 0 && defaultOwnerStack[^1]?.HasDefaultValue == true;

    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                parentTypeStack.Add(Type?.Named is { IsCompositeType: true } composite ? composite : null);
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parent ? Schema.GetFieldDefinition(parent, field.Name.Value) : null;
                fieldDefStack.Add(fieldDef);
                typeStack.Add(fieldDef?.Type);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                PushOutputType(inline.TypeCondition is null ? Type?.Named : TypeFromAst.Get(Schema, inline.TypeCondition));
                break;
            case FragmentDefinitionNode fragment:
                PushOutputType(TypeFromAst.Get(Schema, fragment.TypeCondition));
                break;
            case VariableDefinitionNode variable:
                inputTypeStack.Add(TypeFromAst.Get(Schema, variable.Type) is { IsInputType: true } input ? input : null);
                break;
            case ArgumentNode argument:
                var argDef = (Directive?.Arguments ?? FieldDef?.Arguments) is { } args ? Find(args, argument.Name.Value) : null;
                Argument = argDef;
                defaultOwnerStack.Add(argDef);
                inputTypeStack.Add(argDef?.Type);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                defaultOwnerStack.Add(null);
                inputTypeStack.Add(listType is ListType list ? list.OfType : listType);
                break;
            case ObjectFieldNode objectField:
                var inputField = InputType?.Named is InputObjectType inputObject ? Find(inputObject.Fields, objectField.Name.Value) : null;
                defaultOwnerStack.Add(inputField);
                inputTypeStack.Add(inputField?.Type);
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.Named as EnumType)?.GetValue(enumValue.Value);
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                parentTypeStack.RemoveAt(parentTypeStack.Count - 1);
                break;
            case FieldNode:
                fieldDefStack.RemoveAt(fieldDefStack.Count - 1);
                typeStack.RemoveAt(typeStack.Count - 1);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                typeStack.RemoveAt(typeStack.Count - 1);
                break;
            case VariableDefinitionNode:
                inputTypeStack.RemoveAt(inputTypeStack.Count - 1);
                break;
            case ArgumentNode or ListValueNode or ObjectFieldNode:
                if (node is ArgumentNode) Argument = null;
                defaultOwnerStack.RemoveAt(defaultOwnerStack.Count - 1);
                inputTypeStack.RemoveAt(inputTypeStack.Count - 1);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private void PushOutputType(GraphQLType? type) => typeStack.Add(type is { IsOutputType: true } ? type : null);

    private static InputValueDefinition? Find(IReadOnlyList<InputValueDefinition> definitions, string name)
    {
        for (var i = 0; i < definitions.Count; i++)
            if (definitions[i].Name == name) return definitions[i];
        return null;
    }
}
