using OrchardCommerce.Contents.Models;
using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Api.Schema.Naming;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Content;

/// <summary>Builds (once per part definition) the object and filter types of a reusable part.</summary>
internal sealed class PartTypeBuilder(NameRegistry typeNames, ContentFieldFactory fields, FilterInputs filters)
{
    private readonly Dictionary<string, PartType> _built = new(StringComparer.Ordinal);

    public PartType Get(ContentPartDefinition part)
    {
        if (_built.TryGetValue(part.Name, out var known)) return known;
        var name = typeNames.AllocateFamily(GraphQLNames.Pascal(part.Name) + "Part", "Type", ["", "Filter"]);
        var fieldNames = new NameRegistry(["__typename"]);
        var output = new List<FieldDefinition>();
        var input = new List<InputValueDefinition>();
        var filterFields = new Dictionary<string, string>(StringComparer.Ordinal);
        var orderFields = new List<string>();
        foreach (var field in part.Fields)
        {
            var fieldName = fieldNames.Allocate(GraphQLNames.Camel(field.Name), "Field");
            if (fields.Create(fieldName, field, fixedPart: null) is not { } definition) continue;
            output.Add(definition);
            if (ContentFieldFactory.KindOf(field) is not { } kind) continue;
            input.Add(new InputValueDefinition(fieldName, filters.For(kind)));
            filterFields[fieldName] = field.Name;
            if (ContentValueKinds.IsOrderable(kind)) orderFields.Add(field.Name);
        }
        // An object type needs at least one field (spec §3.6.1); a part whose fields we cannot show still says so.
        if (output.Count == 0)
            output.Add(new FieldDefinition("_empty", SpecifiedScalars.Boolean) { Description = "This part has no field the storefront can show." });
        var objectType = new ObjectType(name, () => output, description: $"The {part.Name} part.");
        var filter = input.Count == 0 ? null : new InputObjectType(name + "Filter", () => input);
        var built = new PartType(objectType, filter, filterFields, orderFields);
        _built[part.Name] = built;
        return built;
    }
}
