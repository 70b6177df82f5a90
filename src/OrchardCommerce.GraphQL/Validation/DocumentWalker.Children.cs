using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation;

internal sealed partial class DocumentWalker
{
    private void VisitChildren(Node node)
    {
        switch (node)
        {
            case DocumentNode n: VisitAll(n.Definitions); break;
            case OperationDefinitionNode n: VisitAll(n.VariableDefinitions); VisitAll(n.Directives); Visit(n.SelectionSet); break;
            case VariableDefinitionNode n: Visit(n.Variable); Visit(n.Type); VisitOptional(n.DefaultValue); VisitAll(n.Directives); break;
            case SelectionSetNode n: VisitAll(n.Selections); break;
            case FieldNode n: VisitAll(n.Arguments); VisitAll(n.Directives); VisitOptional(n.SelectionSet); break;
            case ArgumentNode n: Visit(n.Value); break;
            case FragmentSpreadNode n: VisitAll(n.Directives); break;
            case InlineFragmentNode n: VisitOptional(n.TypeCondition); VisitAll(n.Directives); Visit(n.SelectionSet); break;
            case FragmentDefinitionNode n: Visit(n.TypeCondition); VisitAll(n.Directives); Visit(n.SelectionSet); break;
            case ListValueNode n: VisitAll(n.Values); break;
            case ObjectValueNode n: VisitAll(n.Fields); break;
            case ObjectFieldNode n: Visit(n.Value); break;
            case DirectiveNode n: VisitAll(n.Arguments); break;
            case ListTypeNode n: Visit(n.Type); break;
            case NonNullTypeNode n: Visit(n.Type); break;
            default: VisitTypeSystemChildren(node); break;
        }
    }

    // Type system definitions are not executable (spec §5.1.1), but graphql-js still walks them, so rules such as
    // KnownTypeNames and KnownDirectives report inside them too.
    private void VisitTypeSystemChildren(Node node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n: VisitAll(n.Directives); VisitAll(n.OperationTypes); break;
            case SchemaExtensionNode n: VisitAll(n.Directives); VisitAll(n.OperationTypes); break;
            case OperationTypeDefinitionNode n: Visit(n.Type); break;
            case ScalarTypeDefinitionNode n: VisitAll(n.Directives); break;
            case ScalarTypeExtensionNode n: VisitAll(n.Directives); break;
            case ObjectTypeDefinitionNode n: VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields); break;
            case ObjectTypeExtensionNode n: VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields); break;
            case InterfaceTypeDefinitionNode n: VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields); break;
            case InterfaceTypeExtensionNode n: VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields); break;
            case FieldDefinitionNode n: VisitAll(n.Arguments); Visit(n.Type); VisitAll(n.Directives); break;
            case InputValueDefinitionNode n: Visit(n.Type); VisitOptional(n.DefaultValue); VisitAll(n.Directives); break;
            case UnionTypeDefinitionNode n: VisitAll(n.Directives); VisitAll(n.Types); break;
            case UnionTypeExtensionNode n: VisitAll(n.Directives); VisitAll(n.Types); break;
            case EnumTypeDefinitionNode n: VisitAll(n.Directives); VisitAll(n.Values); break;
            case EnumTypeExtensionNode n: VisitAll(n.Directives); VisitAll(n.Values); break;
            case EnumValueDefinitionNode n: VisitAll(n.Directives); break;
            case InputObjectTypeDefinitionNode n: VisitAll(n.Directives); VisitAll(n.Fields); break;
            case InputObjectTypeExtensionNode n: VisitAll(n.Directives); VisitAll(n.Fields); break;
            case DirectiveDefinitionNode n: VisitAll(n.Arguments); break;
        }
    }
}
