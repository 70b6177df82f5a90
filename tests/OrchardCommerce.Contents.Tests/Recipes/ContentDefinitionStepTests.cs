using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Tests.Infrastructure;
using OrchardCommerce.Data;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Contents.Tests.Recipes;

public abstract class ContentDefinitionStepTests : ContentsTestBase
{
    [Fact]
    public async Task Export_AfterStep_ReproducesDefinitionJson()
    {
        await NewScopeAsync();

        var steps = await ExportAsync();

        var expected = TestModel.Definition();
        steps[0]!.ToJsonString().Should().Be(expected.ToJsonString());
    }

    [Fact]
    public async Task Store_UnknownSettings_KeptVerbatimInOrder()
    {
        const string settings = """{"ContentTypeSettings":{"Creatable":true,"Zeta":1,"Alpha":{"b":[1,"2",null],"a":false}},"VendorSettings":{"X":"y"}}""";
        var step = TestModel.Item($$"""{"name":"ContentDefinition","ContentTypes":[{"Name":"Odd","DisplayName":"Odd","Settings":{{settings}},"ContentTypePartDefinitionRecords":[]}]}""");

        await RunStepAsync(step);
        await NewScopeAsync();

        (await Definitions.GetTypeAsync("Odd"))!.Settings.ToJsonString().Should().Be(settings);
    }

    [Fact]
    public async Task Step_UnsupportedPartAndFieldKind_ReportedAndSkipped()
    {
        var step = TestModel.Item("""
            {"name":"ContentDefinition",
             "ContentTypes":[{"Name":"Blog","DisplayName":"Blog","Settings":{},"ContentTypePartDefinitionRecords":[
               {"PartName":"TitlePart","Name":"TitlePart","Settings":{}},
               {"PartName":"FlowPart","Name":"FlowPart","Settings":{}},
               {"PartName":"Blog","Name":"Blog","Settings":{}}]}],
             "ContentParts":[{"Name":"Blog","Settings":{},"ContentPartFieldDefinitionRecords":[
               {"FieldName":"TextField","Name":"Lead","Settings":{}},
               {"FieldName":"YoutubeField","Name":"Video","Settings":{}}]}]}
            """);

        var report = await RunStepAsync(step);

        report.Skipped.Should().BeEquivalentTo(new[]
        {
            new RecipeSkip("ContentDefinition", "field", "YoutubeField", "field Video on part Blog"),
            new RecipeSkip("ContentDefinition", "part", "FlowPart", "part FlowPart on type Blog"),
        });
        (await Definitions.GetTypeAsync("Blog"))!.Parts.Select(p => p.PartName).Should().Equal("TitlePart", "Blog");
        (await Definitions.GetPartAsync("Blog"))!.Fields.Select(f => f.Name).Should().Equal("Lead");
    }

    [Fact]
    public async Task Step_FieldKindNobodyKnows_RejectedNamingPartFieldAndKind()
    {
        var step = TestModel.Item("""
            {"name":"ContentDefinition","ContentTypes":[],
             "ContentParts":[{"Name":"Thing","Settings":{},"ContentPartFieldDefinitionRecords":[
               {"FieldName":"FancyTeleportField","Name":"Portal","Settings":{}}]}]}
            """);

        var act = () => RunStepAsync(step);

        (await act.Should().ThrowAsync<RecipeException>()).Which.Reason
            .Should().Contain("ContentParts[0]").And.Contain("Portal").And.Contain("FancyTeleportField");
    }

    [Fact]
    public async Task Step_ExistingType_MergesPartsByName()
    {
        var step = TestModel.Item("""
            {"name":"ContentDefinition","ContentTypes":[{"Name":"Page","ContentTypePartDefinitionRecords":[
              {"PartName":"MarkdownBodyPart","Name":"MarkdownBodyPart","Settings":{}},
              {"PartName":"TitlePart","Name":"TitlePart","Settings":{"Changed":true}}]}]}
            """);

        await RunStepAsync(step);

        var page = (await Definitions.GetTypeAsync("Page"))!;
        page.Parts.Select(p => p.Name).Should().Equal("TitlePart", "AutoroutePart", "HtmlBodyPart", "Page", "MarkdownBodyPart");
        page.FindPart("TitlePart")!.Settings.ToJsonString().Should().Be("""{"Changed":true}""");
        page.TypeSetting("Creatable").Should().BeTrue();
    }

    [Fact]
    public async Task Step_ContentTypesNotArray_ThrowsRecipeException()
    {
        var act = () => RunStepAsync(new JsonObject { ["name"] = "ContentDefinition", ["ContentTypes"] = "Page" });

        (await act.Should().ThrowAsync<RecipeException>()).Which.Reason.Should().Contain("ContentTypes");
    }
}

public sealed class ContentDefinitionStepSqliteTests : ContentDefinitionStepTests { protected override DatabaseProvider Provider => DatabaseProvider.Sqlite; }

public sealed class ContentDefinitionStepPostgresTests : ContentDefinitionStepTests { protected override DatabaseProvider Provider => DatabaseProvider.Postgres; }
