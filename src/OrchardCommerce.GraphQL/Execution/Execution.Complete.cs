using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Execution;

internal sealed partial class Execution
{
    /// <summary>CompleteValue (spec §6.4.3): writes the completed value into parent[slot] or throws the field's error.</summary>
    private void CompleteValue(GraphQLType type, CollectedField field, ResolveContext context, ResponsePath path,
        object? value, ResultNode parent, int slot, bool slotIsNonNull)
    {
        if (value is Exception exception) throw exception;
        value = ResultValues.Normalize(value);
        if (type is NonNullType nonNull)
        {
            if (value is null)
                throw new InvalidOperationException($"Cannot return null for non-nullable field {context.ParentType.Name}.{context.Field.Name}.");
            type = nonNull.OfType;
        }
        if (value is null)
        {
            parent.Set(slot, null);
            return;
        }
        switch (type)
        {
            case ScalarType scalar:
                parent.Set(slot, Serialized(scalar, scalar.Serialize(value), value));
                break;
            case EnumType enumType:
                parent.Set(slot, Serialized(enumType, enumType.Serialize(value), value));
                break;
            case ListType list:
                CompleteList(list, field, context, path, value, parent, slot, slotIsNonNull);
                break;
            case ObjectType objectType:
                CompleteObject(objectType, field, path, value, parent, slot, slotIsNonNull);
                break;
            default:
                CompleteObject(ResolveRuntimeType((NamedType)type, field, context, value), field, path, value, parent, slot, slotIsNonNull);
                break;
        }
    }

    private static object Serialized(NamedType type, object? serialized, object value) => serialized
        ?? throw new InvalidOperationException($"Expected `{type.Name}.serialize({Inspect.Value(value)})` to return non-nullable value, returned: {Inspect.Value(serialized)}");

    /// <summary>Lists complete item by item; an item's error nulls the item or, for [T!], the list (spec §6.4.3, §6.4.4).</summary>
    private void CompleteList(ListType type, CollectedField field, ResolveContext context, ResponsePath path,
        object value, ResultNode parent, int slot, bool slotIsNonNull)
    {
        var items = ResultValues.AsList(value)
            ?? throw new InvalidOperationException($"Expected Iterable, but did not find one for field \"{context.ParentType.Name}.{context.Field.Name}\".");
        var result = new ListResult(items.Count) { Parent = parent, Slot = slot, SlotIsNonNull = slotIsNonNull, Path = path };
        parent.Set(slot, result);
        var itemType = type.OfType;
        var itemNonNull = itemType is NonNullType;
        for (var i = 0; i < items.Count && !result.Nulled; i++)
        {
            var itemPath = new ResponsePath(path, i);
            try
            {
                CompleteValue(itemType, field, context, itemPath, items[i], result, i, itemNonNull);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
            {
                Fail(exception, field, itemPath, result, i, itemNonNull);
            }
        }
    }

    private void CompleteObject(ObjectType type, CollectedField field, ResponsePath path, object value,
        ResultNode parent, int slot, bool slotIsNonNull)
    {
        var subfields = field.Subfields(this, type);
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
            throw new GraphQLErrorException(GraphQLError.At($"Expected value of type \"{type.Name}\" but got: {Inspect.Value(value)}.", field.Nodes));
        var result = new ObjectResult(subfields.Keys) { Parent = parent, Slot = slot, SlotIsNonNull = slotIsNonNull, Path = path };
        parent.Set(slot, result);
        ExecuteFields(type, value, result, subfields);
    }

    /// <summary>
    /// Records a field error at the nearest nullable position (spec §6.4.4): non-null slots pass the null up to their
    /// parent. An error under a position that is already null is dropped, as graphql-js 16.15 drops it.
    /// </summary>
    private void Fail(Exception exception, CollectedField field, ResponsePath path, ResultNode parent, int slot, bool slotIsNonNull)
    {
        var error = Located(exception, field, path);
        if (parent.IsInsideNulled()) return;
        var target = parent;
        var targetSlot = slot;
        var nonNull = slotIsNonNull;
        while (nonNull && target.Parent is not null)
        {
            target.Nulled = true;
            nonNull = target.SlotIsNonNull;
            targetSlot = target.Slot;
            target = target.Parent;
        }
        if (nonNull) target.Nulled = true;
        else target.Set(targetSlot, null);
        errors.Add(error);
    }

    /// <summary>graphql-js locatedError: the error's own locations and path when it has them, else the field's.</summary>
    private static GraphQLError Located(Exception exception, CollectedField field, ResponsePath path)
    {
        if (exception is GraphQLErrorException { Error: var error })
            return error with { Locations = error.Locations ?? GraphQLError.LocationsOf(field.Nodes), Path = error.Path ?? path.ToArray() };
        return new GraphQLError(exception.Message) { Locations = GraphQLError.LocationsOf(field.Nodes), Path = path.ToArray() };
    }
}
