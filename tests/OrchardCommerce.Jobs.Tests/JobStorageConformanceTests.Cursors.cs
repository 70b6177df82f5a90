using OrchardCommerce.Jobs.Tests.Support;

namespace OrchardCommerce.Jobs.Tests;

/// <summary>Followed feeds' positions, kept beside the jobs they produced.</summary>
public abstract partial class JobStorageConformanceTests
{
    [Fact]
    public async Task FeedCursor_Unsaved_IsZero()
    {
        await using var jobs = await HarnessAsync();

        (await jobs.Get<IFeedCursors>().GetAsync("commerce:acme")).Should().Be(0);
    }

    [Fact]
    public async Task FeedCursor_AdvancedThenOlderPosition_KeepsTheFurthestPerFeed()
    {
        var store = await NewStoreAsync();
        await using (var first = new JobsHarness(store))
        {
            var cursors = first.Get<IFeedCursors>();
            await cursors.AdvanceAsync("commerce:acme", 40);
            await cursors.AdvanceAsync("commerce:acme", 25);
            await cursors.AdvanceAsync("commerce:globex", 7);
        }

        await using var restarted = new JobsHarness(store);
        var reopened = restarted.Get<IFeedCursors>();
        (await reopened.GetAsync("commerce:acme")).Should().Be(40);
        (await reopened.GetAsync("commerce:globex")).Should().Be(7);
    }
}
