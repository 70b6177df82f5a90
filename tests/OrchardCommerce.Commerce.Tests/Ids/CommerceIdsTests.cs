namespace OrchardCommerce.Commerce.Tests.Ids;

public sealed class CommerceIdsTests
{
    [Fact]
    public void New_ManyInOneMillisecond_SortInCreationOrder()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => CommerceIds.New("prod")).ToList();

        ids.Should().BeInAscendingOrder(StringComparer.Ordinal);
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().AllSatisfy(id => id.Should().MatchRegex("^prod_[0-9a-f]{32}$"));
    }

    [Fact]
    public async Task New_FromManyThreads_AreUnique()
    {
        var batches = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 2_000).Select(_ => CommerceIds.New("ord")).ToList())));

        batches.SelectMany(b => b).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void NewToken_Is256BitsUrlSafe()
    {
        var token = CommerceIds.NewToken();

        token.Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
    }
}
