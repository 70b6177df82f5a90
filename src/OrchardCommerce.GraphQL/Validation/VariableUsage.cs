using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation;

/// <summary>
/// A variable used as a value: the input type its position expects (absent where unknown), whether that position
/// has a default of its own (an argument or input field default, spec §5.8.5), and the enclosing input type.
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, GraphQLType? ParentType);
