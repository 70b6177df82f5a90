using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.AutoSetup;

namespace OrchardCommerce.Tenants.Tests.Services;

public sealed class TenantUrlsTests
{
    [Fact]
    public void For_HostNames_EachOnTheListeningPort()
    {
        var tenant = new ShellSettings { Name = "acme", RequestUrlHosts = ["acme.localhost", "*.acme.localhost", "www.acme.localhost"] };

        var urls = TenantUrls.For(tenant, new Uri("http://localhost:5000"));

        urls.Should().Equal("http://acme.localhost:5000/", "http://www.acme.localhost:5000/");
    }

    [Fact]
    public void For_PrefixWithoutHosts_ListeningHostAndPrefix() =>
        TenantUrls.For(new ShellSettings { Name = "p", RequestUrlPrefix = "shop" }, new Uri("http://127.0.0.1:8080"))
            .Should().Equal("http://127.0.0.1:8080/shop/");

    [Theory]
    [InlineData("http://[::]:5000", "http://localhost:5000/")]
    [InlineData("http://+:80", "http://localhost/")]
    [InlineData("https://0.0.0.0:5001", "https://localhost:5001/")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    public void Listening_WildcardAddress_ShownAsLocalhost(string address, string expected) =>
        TenantUrls.Listening([address]).ToString().Should().Be(expected);
}
