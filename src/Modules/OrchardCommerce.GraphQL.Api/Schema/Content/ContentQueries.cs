using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Api.Schema.Naming;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Content;

/// <summary>
/// A content type's root fields: `pages(where, orderBy, first, after, skip, status)` and `page(id, path, status)`. The
/// pair is renamed together ("pageItem", "pageItems") when either name is taken by a fixed root field.
/// </summary>
internal sealed class ContentQueries(CommonTypes common, NameRegistry rootNames)
{
    public IEnumerable<FieldDefinition> Create(ContentTypeModel model)
    {
        var typeName = model.Definition.Name;
        var (single, plural, renamed) = Allocate(GraphQLNames.Camel(model.Object.Name));
        var note = renamed ? $" (renamed: the name it would have is taken)" : "";
        yield return new FieldDefinition(plural, model.Connection.NonNull())
        {
            Description = $"{typeName} items, filtered, ordered and paged{note}.",
            Arguments =
            [
                new("where", model.Filter),
                new("orderBy", model.Order) { Description = "Default: createdUtc ascending." },
                new("first", SpecifiedScalars.Int) { HasDefaultValue = true, DefaultValue = 20, Description = $"At most {ContentQuery.MaxFirst}." },
                new("after", SpecifiedScalars.String),
                new("skip", SpecifiedScalars.Int) { Description = "Items to skip after the cursor (or from the start)." },
                common.StatusArgument(),
            ],
            Cost = 2,
            Resolver = async c =>
            {
                var query = new ContentQuery(typeName)
                {
                    Status = StorefrontAccess.Status(c),
                    Filters = model.FilterMap.ToFilters(c.Argument<IReadOnlyDictionary<string, object?>?>("where")),
                    OrderBy = Order(c.Argument<IReadOnlyDictionary<string, object?>?>("orderBy")),
                    First = c.Argument("first", 20),
                    After = c.Argument<string?>("after"),
                    Skip = c.Argument("skip", 0),
                    IncludeTotalCount = Selections.Selects(c, "totalCount"),
                };
                return await StorefrontRead.RunAsync(c, (s, ct) => s.GetRequiredService<ContentQueryReader>().QueryAsync(query, ct));
            },
        };
        List<InputValueDefinition> arguments = [new("id", SpecifiedScalars.ID)];
        if (model.Routable) arguments.Add(new("path", SpecifiedScalars.String) { Description = "The item's route, e.g. \"/about\"." });
        arguments.Add(common.StatusArgument());
        yield return new FieldDefinition(single, model.Object)
        {
            Description = $"One {typeName} by id{(model.Routable ? " or path" : "")}; null when there is none in that version{note}.",
            Arguments = arguments,
            Resolver = async c =>
            {
                var status = StorefrontAccess.Status(c);
                var id = c.Argument<string?>("id");
                var path = c.Argument<string?>("path");
                if (id is null && path is null) throw StorefrontErrors.BadInput(model.Routable ? "Give an id or a path." : "Give an id.", "id");
                var item = await StorefrontRead.RunAsync(c, (s, ct) => id is not null
                    ? s.GetRequiredService<ContentManager>().GetAsync(id, status, ct)
                    : s.GetRequiredService<ContentManager>().GetByRouteAsync(path!, status, ct));
                return item?.ContentType == typeName ? item : null;
            },
        };
    }

    private static ContentOrder Order(IReadOnlyDictionary<string, object?>? orderBy) =>
        orderBy?.GetValueOrDefault("field") is ContentProperty property
            ? new ContentOrder(property, orderBy.GetValueOrDefault("direction") is true)
            : ContentOrder.Default;

    private (string Single, string Plural, bool Renamed) Allocate(string single)
    {
        for (var attempt = 0; ; attempt++)
        {
            var candidate = attempt switch { 0 => single, 1 => single + "Item", _ => single + "Item" + attempt };
            var plural = GraphQLNames.Plural(candidate);
            if (rootNames.IsTaken(candidate) || rootNames.IsTaken(plural)) continue;
            rootNames.Reserve(candidate);
            rootNames.Reserve(plural);
            return (candidate, plural, attempt > 0);
        }
    }
}
