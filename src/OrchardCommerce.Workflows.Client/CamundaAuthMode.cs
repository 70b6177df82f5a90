namespace OrchardCommerce.Workflows.Client;

/// <summary>How requests to the cluster are authenticated (reference §3.1).</summary>
public enum CamundaAuthMode
{
    /// <summary>No Authorization header: Camunda 8 Run, Docker Compose and the embedded engine.</summary>
    None,

    /// <summary>A fixed bearer token from <see cref="CamundaOptions.BearerToken"/>.</summary>
    Bearer,

    /// <summary>OAuth 2.0 client credentials: a token fetched from <see cref="CamundaOptions.OAuthUrl"/> and cached.</summary>
    OAuth,

    /// <summary>HTTP Basic with <see cref="CamundaOptions.Username"/> and <see cref="CamundaOptions.Password"/>.</summary>
    Basic,
}
