using Microsoft.Extensions.Options;

namespace OrchardCommerce.Workflows.Client;

/// <summary>Checks the options at start, so a misconfigured client fails with a message naming the setting.</summary>
internal sealed class CamundaOptionsValidator : IValidateOptions<CamundaOptions>
{
    public ValidateOptionsResult Validate(string? name, CamundaOptions options)
    {
        var errors = new List<string>();
        if (!Uri.TryCreate(options.RestAddress?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            errors.Add($"Camunda:RestAddress must be an absolute http(s) URL, was '{options.RestAddress}'.");
        switch (options.AuthMode)
        {
            case CamundaAuthMode.Bearer:
                Require(errors, options.BearerToken, "BearerToken", "Bearer");
                break;
            case CamundaAuthMode.Basic:
                Require(errors, options.Username, "Username", "Basic");
                Require(errors, options.Password, "Password", "Basic");
                break;
            case CamundaAuthMode.OAuth:
                Require(errors, options.ClientId, "ClientId", "OAuth");
                Require(errors, options.ClientSecret, "ClientSecret", "OAuth");
                if (!Uri.TryCreate(options.OAuthUrl, UriKind.Absolute, out _))
                    errors.Add($"Camunda:OAuthUrl must be an absolute URL when AuthMode is OAuth, was '{options.OAuthUrl}'.");
                break;
        }
        if (string.IsNullOrWhiteSpace(options.TenantId)) errors.Add("Camunda:TenantId must not be empty (the default tenant is '<default>').");
        if (options.MaxAttempts < 1) errors.Add($"Camunda:MaxAttempts must be at least 1, was {options.MaxAttempts}.");
        if (options.BaseDelay < TimeSpan.Zero) errors.Add($"Camunda:BaseDelay must not be negative, was {options.BaseDelay}.");
        if (options.MaxDelay < options.BaseDelay) errors.Add($"Camunda:MaxDelay ({options.MaxDelay}) must not be below BaseDelay ({options.BaseDelay}).");
        if (options.RequestTimeout <= TimeSpan.Zero) errors.Add($"Camunda:RequestTimeout must be positive, was {options.RequestTimeout}.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Require(List<string> errors, string? value, string setting, string mode)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add($"Camunda:{setting} is required when AuthMode is {mode}.");
    }
}
