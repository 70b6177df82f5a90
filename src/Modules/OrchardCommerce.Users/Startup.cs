using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Security;
using OrchardCommerce.Shells;
using OrchardCommerce.Users.Api;
using OrchardCommerce.Users.Migrations;
using OrchardCommerce.Users.Models;
using OrchardCommerce.Users.Security;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Users;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Users.Manifest.Value;

    public override void ConfigureHostServices(IServiceCollection services)
    {
        services.AddAuthentication(UserSchemes.Default)
            .AddPolicyScheme(UserSchemes.Default, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? UserSchemes.ApiToken
                    : UserSchemes.Cookie)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(UserSchemes.ApiToken, null)
            .AddCookie(UserSchemes.Cookie, ConfigureCookie);
        // Handlers are created from the request's services, which look in the tenant's container first; there
        // IOptionsMonitor<T> would be the tenant's, without the host's scheme configuration. Registered here, they
        // are found in the host with the host's options.
        services.AddTransient<ApiTokenAuthenticationHandler>();
        services.AddTransient<CookieAuthenticationHandler>();
        services.AddTransient<PolicySchemeHandler>();

        services.AddAuthorization(options =>
        {
            foreach (var permission in Permissions.All)
                options.AddPolicy(permission, policy => policy
                    .AddAuthenticationSchemes(UserSchemes.Default)
                    .RequireAuthenticatedUser()
                    .AddRequirements(new PermissionRequirement(permission)));
        });
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
    }

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IDataMigration, UsersMigrations>();
        services.AddIdentityCore<OcUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<OcRole>()
            .AddUserStore<UserStore>()
            .AddRoleStore<RoleStore>();
        services.AddScoped<UserStore>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<CredentialValidator>();
        services.AddScoped<UserSetupService>();
        services.AddScoped<TenantPrincipalFactory>();
        // Tenant services that check permissions in code inject IAuthorizationService like anywhere else.
        services.AddFromHost<IAuthorizationService>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes)
    {
        routes.MapAuthApi();
        routes.MapUsersApi();
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.CookieManager = new TenantCookieManager();
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context => SetStatusAsync(context.Response, 401);
        options.Events.OnRedirectToAccessDenied = context => SetStatusAsync(context.Response, 403);
        options.Events.OnValidatePrincipal = context =>
        {
            // A cookie minted for another tenant (same host, other prefix) is worth nothing here.
            var tenant = context.HttpContext.Features.Get<ShellContext>()?.Settings.Name;
            if (!string.Equals(context.Principal?.FindFirst(UserSchemes.TenantClaim)?.Value, tenant, StringComparison.OrdinalIgnoreCase))
                context.RejectPrincipal();
            return Task.CompletedTask;
        };
    }

    private static Task SetStatusAsync(Microsoft.AspNetCore.Http.HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
