using Microsoft.AspNetCore.Http;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Core.Tests.Shells;

public sealed class ShellMatcherTests
{
    private static readonly ShellSettings Acme = new() { Name = "acme", RequestUrlHosts = ["acme.localhost", "*.acme.example.com"] };
    private static readonly ShellSettings AcmeEu = new() { Name = "acmeeu", RequestUrlHosts = ["*.eu.acme.example.com"] };
    private static readonly ShellSettings Globex = new() { Name = "globex", RequestUrlHosts = ["shops.example.com"], RequestUrlPrefix = "globex" };
    private static readonly ShellSettings Initech = new() { Name = "initech", RequestUrlHosts = ["shops.example.com"], RequestUrlPrefix = "initech" };
    private static readonly ShellSettings Shared = new() { Name = "shared", RequestUrlHosts = ["shops.example.com"] };
    private static readonly ShellSettings AnyHost = new() { Name = "anyhost", RequestUrlPrefix = "hq" };

    private readonly ShellMatcher _matcher = new([Acme, AcmeEu, Globex, Initech, Shared, AnyHost]);

    [Theory]
    [InlineData("acme.localhost", "/", "acme", "")]
    [InlineData("ACME.localhost", "/about", "acme", "")]
    [InlineData("www.acme.example.com", "/", "acme", "")]
    [InlineData("shop.eu.acme.example.com", "/", "acmeeu", "")]
    [InlineData("shops.example.com", "/globex/products", "globex", "/globex")]
    [InlineData("shops.example.com", "/initech", "initech", "/initech")]
    [InlineData("shops.example.com", "/other", "shared", "")]
    [InlineData("anything.test", "/hq/page", "anyhost", "/hq")]
    public void Match_KnownHost_ResolvesTenantAndPrefix(string host, string path, string tenant, string prefix)
    {
        var match = _matcher.Match(host, new PathString(path));

        match.Should().NotBeNull();
        match!.Value.Shell.Name.Should().Be(tenant);
        match.Value.Prefix.Should().Be(prefix);
    }

    [Theory]
    [InlineData("globex.localhost", "/")]
    [InlineData("acme.example.com", "/")]
    [InlineData("evil-acme.localhost", "/")]
    [InlineData("anything.test", "/other")]
    public void Match_UnknownHost_ReturnsNull(string host, string path)
    {
        _matcher.Match(host, new PathString(path)).Should().BeNull();
    }
}
