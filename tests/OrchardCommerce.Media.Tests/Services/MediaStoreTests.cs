using System.Security.Cryptography;
using System.Text;
using OrchardCommerce.Data;
using OrchardCommerce.Media.Services;
using OrchardCommerce.Media.Tests.Infrastructure;

namespace OrchardCommerce.Media.Tests.Services;

public abstract class MediaStoreTests : MediaTestBase
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0x00, 0x7F];

    [Fact]
    public async Task SaveAsync_ThenGetAsync_RoundTripsBytesAndDescription()
    {
        var saved = await Store.SaveAsync("/products/Jacket.png", Png);
        await NewScopeAsync();

        var file = await Store.GetAsync("products/Jacket.png");

        file.Should().NotBeNull();
        file!.Data.Should().Equal(Png);
        file.Info.Should().Be(saved);
        file.Info.Path.Should().Be("products/Jacket.png");
        file.Info.ContentType.Should().Be("image/png");
        file.Info.Length.Should().Be(Png.Length);
        file.Info.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Png)));
        file.Info.ModifiedUtc.Should().Be(Clock.Now.UtcDateTime);
        file.Info.ModifiedUtc.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public async Task GetAsync_OtherCase_IsAnotherFile()
    {
        await Store.SaveAsync("Logo.svg", Encoding.UTF8.GetBytes("<svg/>"));

        (await Store.GetAsync("logo.svg")).Should().BeNull();
        (await Store.GetAsync("Logo.svg")).Should().NotBeNull();
    }

    [Fact]
    public async Task SaveAsync_ExistingPath_ReplacesBytesAndDate()
    {
        await Store.SaveAsync("notes.txt", Encoding.UTF8.GetBytes("first"));
        Clock.Advance(TimeSpan.FromHours(1));

        await Store.SaveAsync("notes.txt", Encoding.UTF8.GetBytes("second, longer"));
        await NewScopeAsync();

        var file = await Store.GetAsync("notes.txt");
        Encoding.UTF8.GetString(file!.Data).Should().Be("second, longer");
        file.Info.Length.Should().Be(14);
        file.Info.ModifiedUtc.Should().Be(Clock.Now.UtcDateTime);
        (await Store.ListAsync()).Should().ContainSingle();
    }

    [Theory]
    [InlineData("../escape.png", "path")]
    [InlineData("virus.exe", "path")]
    [InlineData("", "path")]
    public async Task SaveAsync_InvalidPath_ThrowsNamingPathAndStoresNothing(string path, string field)
    {
        var act = () => Store.SaveAsync(path, Png);

        (await act.Should().ThrowAsync<MediaValidationException>()).Which.Field.Should().Be(field);
        (await Store.ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task SaveAsync_LargerThanLimit_ThrowsNamingFileAndLimit()
    {
        await Store.SaveAsync("exact.png", new byte[MaxFileBytes]);

        var act = () => Store.SaveAsync("big.png", new byte[MaxFileBytes + 1]);

        var error = (await act.Should().ThrowAsync<MediaValidationException>()).Which;
        error.Field.Should().Be("file");
        error.Reason.Should().Contain(MaxFileBytes.ToString());
        (await Store.GetAsync("big.png")).Should().BeNull();
    }

    [Fact]
    public async Task SaveAsync_ContentTypeAgainstExtension_Throws()
    {
        var act = () => Store.SaveAsync("photo.png", Png, "text/html");

        (await act.Should().ThrowAsync<MediaValidationException>()).Which.Field.Should().Be("file");
        (await Store.SaveAsync("photo.png", Png, "IMAGE/PNG")).ContentType.Should().Be("image/png");
    }

    [Fact]
    public async Task ListAsync_Folder_ReturnsItsFilesAndBelowOrderedByPath()
    {
        foreach (var path in new[] { "products/b.png", "products/a.png", "products/shoes/c.png", "products_old/d.png", "productsX.png", "logo.svg", "Products/e.png" })
            await Store.SaveAsync(path, Png);

        var inFolder = await Store.ListAsync("products/");
        var all = await Store.ListAsync();

        inFolder.Select(f => f.Path).Should().Equal("products/a.png", "products/b.png", "products/shoes/c.png");
        all.Select(f => f.Path).Should().Equal("Products/e.png", "logo.svg", "products/a.png", "products/b.png", "products/shoes/c.png", "productsX.png", "products_old/d.png");
    }

    [Fact]
    public async Task ListAsync_InvalidFolder_ThrowsNamingFolder()
    {
        var act = () => Store.ListAsync("../secrets");

        (await act.Should().ThrowAsync<MediaValidationException>()).Which.Field.Should().Be("folder");
    }

    [Fact]
    public async Task DeleteAsync_ExistingFile_RemovesItOnly()
    {
        await Store.SaveAsync("a.png", Png);
        await Store.SaveAsync("b.png", Png);

        (await Store.DeleteAsync("/a.png")).Should().BeTrue();
        (await Store.DeleteAsync("a.png")).Should().BeFalse();

        (await Store.ListAsync()).Select(f => f.Path).Should().Equal("b.png");
    }

    [Fact]
    public async Task SaveAsync_InsideWorkThatFails_LeavesNothing()
    {
        var session = (DbSession)Services.GetService(typeof(DbSession))!;
        await using (await session.BeginWorkAsync())
            await Store.SaveAsync("rolled-back.png", Png);

        (await Store.GetAsync("rolled-back.png")).Should().BeNull();
    }
}

public sealed class SqliteMediaStoreTests : MediaStoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresMediaStoreTests : MediaStoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
