using System.Text.Json.Nodes;

namespace OrchardCommerce.GraphQL.Api.Tests.Infrastructure;

/// <summary>
/// The content model the tests query: the demo recipes' own (Page, HeroSection, Branding, ProductContent, read from
/// recipes/acme.recipe.json so the tests follow it) and a BlogPost with one field of every queryable kind, plus a
/// reusable part attached under another name (its fields live in the item under "Seo", its definition is "SeoMeta").
/// </summary>
public static class StorefrontModel
{
    public static JsonObject DemoDefinition()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Recipes, "acme.recipe.json")))!;
        return recipe["steps"]!.AsArray().Single(s => (string?)s!["name"] == "ContentDefinition")!.DeepClone().AsObject();
    }

    public static JsonObject BlogDefinition() => JsonNode.Parse("""
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            { "Name": "BlogPost", "DisplayName": "Blog post", "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                { "PartName": "BlogPost", "Name": "BlogPost", "Settings": {} },
                { "PartName": "SeoMeta", "Name": "Seo", "Settings": {} } ] }
          ],
          "ContentParts": [
            { "Name": "BlogPost", "Settings": {}, "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Subtitle", "Settings": {} },
                { "FieldName": "NumericField", "Name": "Rating", "Settings": { "NumericFieldSettings": { "Scale": 2 } } },
                { "FieldName": "BooleanField", "Name": "Featured", "Settings": {} },
                { "FieldName": "DateField", "Name": "PublishDate", "Settings": {} },
                { "FieldName": "ContentPickerField", "Name": "Related", "Settings": { "ContentPickerFieldSettings": { "Multiple": true } } },
                { "FieldName": "MarkdownField", "Name": "Summary", "Settings": {} },
                { "FieldName": "LinkField", "Name": "Website", "Settings": {} } ] },
            { "Name": "SeoMeta", "Settings": {}, "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Keywords", "Settings": {} } ] }
          ]
        }
        """)!.AsObject();

    /// <summary>A BlogPost item as a recipe would carry it; fields left null are left out of the JSON.</summary>
    public static JsonObject BlogPost(string id, string title, DateTime created, string? subtitle = null, decimal? rating = null,
        bool? featured = null, string? publishDate = null, string[]? related = null, string? summary = null, string? keywords = null,
        bool published = true)
    {
        var fields = new JsonObject();
        if (subtitle is not null) fields["Subtitle"] = new JsonObject { ["Text"] = subtitle };
        if (rating is not null) fields["Rating"] = new JsonObject { ["Value"] = rating };
        if (featured is not null) fields["Featured"] = new JsonObject { ["Value"] = featured };
        if (publishDate is not null) fields["PublishDate"] = new JsonObject { ["Value"] = publishDate };
        if (related is not null) fields["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray(related.Select(r => (JsonNode)r).ToArray()) };
        if (summary is not null) fields["Summary"] = new JsonObject { ["Markdown"] = summary };
        return new JsonObject
        {
            ["ContentItemId"] = id, ["ContentItemVersionId"] = id + "v1", ["ContentType"] = "BlogPost", ["DisplayText"] = title,
            ["Latest"] = true, ["Published"] = published,
            ["CreatedUtc"] = created.ToString("O"), ["ModifiedUtc"] = created.ToString("O"),
            ["PublishedUtc"] = published ? created.ToString("O") : null,
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["BlogPost"] = fields,
            ["Seo"] = keywords is null ? new JsonObject() : new JsonObject { ["Keywords"] = new JsonObject { ["Text"] = keywords } },
        };
    }
}
