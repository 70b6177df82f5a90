using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.Workflows.Client.Tests;

/// <summary>Address resolution, binding from configuration and the start-up validation messages.</summary>
public sealed class CamundaOptionsTests
{
    [Theory]
    [InlineData("http://localhost:8080", "http://localhost:8080/v2/")]
    [InlineData("http://localhost:8080/", "http://localhost:8080/v2/")]
    [InlineData("http://localhost:8080/v2", "http://localhost:8080/v2/")]
    [InlineData("https://bru-2.zeebe.camunda.io/abc-123/v2/", "https://bru-2.zeebe.camunda.io/abc-123/v2/")]
    [InlineData("https://bru-2.zeebe.camunda.io/abc-123", "https://bru-2.zeebe.camunda.io/abc-123/v2/")]
    public void ResolveBaseAddress_RestAddress_EndsInV2(string restAddress, string expected)
    {
        var options = new CamundaOptions { RestAddress = restAddress };

        options.ResolveBaseAddress().ToString().Should().Be(expected);
    }

    [Fact]
    public void AddCamundaClient_Configuration_BindsCamundaSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Camunda:RestAddress"] = "http://zeebe:8080",
            ["Camunda:AuthMode"] = "Basic",
            ["Camunda:Username"] = "demo",
            ["Camunda:Password"] = "demo",
            ["Camunda:MaxAttempts"] = "5",
            ["Camunda:RequestTimeout"] = "00:00:05",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddCamundaClient(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<CamundaOptions>>().Value;
        var client = provider.GetRequiredService<CamundaClient>();

        options.AuthMode.Should().Be(CamundaAuthMode.Basic);
        options.MaxAttempts.Should().Be(5);
        options.RequestTimeout.Should().Be(TimeSpan.FromSeconds(5));
        client.DefaultTenantId.Should().Be("<default>");
    }

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var result = Validate(new CamundaOptions());

        result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_OAuthWithoutCredentials_NamesEachMissingSetting()
    {
        var result = Validate(new CamundaOptions { AuthMode = CamundaAuthMode.OAuth, ClientId = "orchard" });

        result.Failures.Should().BeEquivalentTo(
            "Camunda:ClientSecret is required when AuthMode is OAuth.",
            "Camunda:OAuthUrl must be an absolute URL when AuthMode is OAuth, was ''.");
    }

    [Fact]
    public void Validate_BadValues_NamesEachSetting()
    {
        var result = Validate(new CamundaOptions
        {
            RestAddress = "localhost:8080",
            AuthMode = CamundaAuthMode.Bearer,
            MaxAttempts = 0,
            MaxDelay = TimeSpan.FromMilliseconds(10),
            RequestTimeout = TimeSpan.Zero,
            TenantId = "",
        });

        result.Failures.Should().BeEquivalentTo(
            "Camunda:RestAddress must be an absolute http(s) URL, was 'localhost:8080'.",
            "Camunda:BearerToken is required when AuthMode is Bearer.",
            "Camunda:TenantId must not be empty (the default tenant is '<default>').",
            "Camunda:MaxAttempts must be at least 1, was 0.",
            "Camunda:MaxDelay (00:00:00.0100000) must not be below BaseDelay (00:00:00.1000000).",
            "Camunda:RequestTimeout must be positive, was 00:00:00.");
    }

    [Fact]
    public void Options_InvalidAtResolution_ThrowsWithMessages()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddCamundaClient(o => o.AuthMode = CamundaAuthMode.Basic);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<CamundaOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*Camunda:Username is required when AuthMode is Basic.*");
    }

    private static ValidateOptionsResult Validate(CamundaOptions options)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddCamundaClient(_ => { });
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IValidateOptions<CamundaOptions>>().Validate(null, options);
    }
}
