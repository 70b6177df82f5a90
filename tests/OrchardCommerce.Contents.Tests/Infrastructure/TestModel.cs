using System.Text.Json.Nodes;

namespace OrchardCommerce.Contents.Tests.Infrastructure;

/// <summary>The content model the tests use, written as an Orchard ContentDefinition step (like the demo recipes).</summary>
public static class TestModel
{
    public const string DefinitionJson = """
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            { "Name": "Page", "DisplayName": "Page",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "AllowCustomPath": true, "ShowHomepageOption": true } } },
                { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": {} },
                { "PartName": "Page", "Name": "Page", "Settings": {} } ] },
            { "Name": "Article", "DisplayName": "Article", "Settings": { "ContentTypeSettings": { "Creatable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": {} },
                { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart", "Settings": {} } ] },
            { "Name": "HeroSection", "DisplayName": "Hero section", "Settings": { "ContentTypeSettings": { "Stereotype": "Widget" } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                { "PartName": "HeroSection", "Name": "HeroSection", "Settings": {} } ] },
            { "Name": "Branding", "DisplayName": "Branding", "Settings": { "ContentTypeSettings": {} },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                { "PartName": "Branding", "Name": "Branding", "Settings": {} } ] },
            { "Name": "Product", "DisplayName": "Product", "Settings": { "ContentTypeSettings": { "Creatable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "TitlePartSettings": { "Options": 3 } } },
                { "PartName": "Product", "Name": "Product", "Settings": {} } ] }
          ],
          "ContentParts": [
            { "Name": "Page", "Settings": {}, "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Subtitle", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Subtitle", "Position": "0" } } },
                { "FieldName": "ContentPickerField", "Name": "Hero", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Hero", "Position": "1" }, "ContentPickerFieldSettings": { "Multiple": false, "DisplayedContentTypes": [ "HeroSection" ] } } } ] },
            { "Name": "HeroSection", "Settings": {}, "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Headline", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Headline" }, "TextFieldSettings": { "Required": true } } },
                { "FieldName": "TextField", "Name": "Subheadline", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Subheadline" } } },
                { "FieldName": "MediaField", "Name": "Image", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Image" } } },
                { "FieldName": "LinkField", "Name": "Cta", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Call to action" } } } ] },
            { "Name": "Branding", "Settings": {}, "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "SiteName", "Settings": {} },
                { "FieldName": "TextField", "Name": "Tagline", "Settings": {} },
                { "FieldName": "TextField", "Name": "PrimaryColor", "Settings": { "TextFieldSettings": { "Pattern": "#[0-9a-fA-F]{6}" } } },
                { "FieldName": "TextField", "Name": "SecondaryColor", "Settings": {} },
                { "FieldName": "TextField", "Name": "AccentColor", "Settings": {} },
                { "FieldName": "MediaField", "Name": "Logo", "Settings": {} } ] },
            { "Name": "Product", "Settings": {}, "ContentPartFieldDefinitionRecords": [
                { "FieldName": "NumericField", "Name": "Price", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Price" }, "NumericFieldSettings": { "Required": true, "Minimum": 0, "Maximum": 1000, "Scale": 2 } } },
                { "FieldName": "TextField", "Name": "Sku", "Settings": { "ContentPartFieldSettings": { "DisplayName": "SKU" }, "TextFieldSettings": { "Required": true, "Pattern": "[A-Z]{3}-[0-9]{3}" } } },
                { "FieldName": "TextField", "Name": "Barcode", "Settings": { "TextFieldSettings": { "RegexPattern": "[0-9]{13}" } } },
                { "FieldName": "LinkField", "Name": "Manual", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Manual" }, "LinkFieldSettings": { "Required": false } } },
                { "FieldName": "ContentPickerField", "Name": "Related", "Settings": { "ContentPickerFieldSettings": { "Required": false, "Multiple": false } } },
                { "FieldName": "DateField", "Name": "LaunchDate", "Settings": { "DateFieldSettings": { "Required": false } } } ] }
          ]
        }
        """;

    public static JsonObject Definition() => JsonNode.Parse(DefinitionJson)!.AsObject();

    public static JsonObject Item(string json) => JsonNode.Parse(json)!.AsObject();
}
