using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.3.1 Field Selections: a selected field is defined on its parent type. The hint names the types
/// that do define it (to use an inline fragment on) or, failing that, similarly spelled fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(Node node)
        {
            if (node is not FieldNode field || context.ParentType is not { } type || context.FieldDef is not null) return true;
            var fieldName = field.Name.Value;
            var suggestion = DidYouMean.Format("to use an inline fragment on", context.HideSuggestions ? [] : SuggestedTypeNames(type, fieldName));
            if (suggestion.Length == 0)
                suggestion = DidYouMean.Format(context.HideSuggestions ? [] : SuggestedFieldNames(type, fieldName));
            context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, field);
            return true;
        }

        // Types used by more of the possible types come first, then super types before their sub types.
        private IReadOnlyList<string> SuggestedTypeNames(NamedType type, string fieldName)
        {
            if (!type.IsAbstractType) return [];
            var schema = context.Schema;
            var usageCount = new Dictionary<NamedType, int>();
            foreach (var possible in schema.GetPossibleTypes(type))
            {
                if (possible.GetField(fieldName) is null) continue;
                usageCount[possible] = 1;
                foreach (var iface in possible.Interfaces)
                    if (iface.GetField(fieldName) is not null) usageCount[iface] = usageCount.GetValueOrDefault(iface) + 1;
            }
            var comparer = Comparer<NamedType>.Create((a, b) =>
            {
                var byUsage = usageCount[b] - usageCount[a];
                if (byUsage != 0) return byUsage;
                if (a is InterfaceType && schema.IsSubType(a, b)) return -1;
                if (b is InterfaceType && schema.IsSubType(b, a)) return 1;
                return SuggestionList.NaturalCompare(a.Name, b.Name);
            });
            return usageCount.Keys.OrderBy(t => t, comparer).Select(t => t.Name).ToList();
        }

        private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName) =>
            type is ComplexType complex ? SuggestionList.For(fieldName, complex.Fields.Keys) : [];
    }
}
