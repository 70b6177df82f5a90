using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in (a
/// nullable variable may fill a non-null position when either side has a default); and a variable given to a oneOf
/// input object field is non-null (the oneOf input objects draft).
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(Node node) => node is DocumentNode or OperationDefinitionNode;

        public override void Leave(Node node)
        {
            if (node is not OperationDefinitionNode operation) return;
            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions) definitions[definition.Variable.Name.Value] = definition;
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType) continue;
                var variableType = TypeFromAst.Get(context.Schema, definition.Type);
                if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefault))
                    context.ReportError($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage.Node);
                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not null and not NonNullType)
                    context.ReportError($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
            }
        }

        private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !hasLocationDefault) return false;
                return TypeRelations.IsSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
            }
            return TypeRelations.IsSubTypeOf(context.Schema, variableType, locationType);
        }
    }
}
