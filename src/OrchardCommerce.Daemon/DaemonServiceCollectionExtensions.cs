using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Daemon.Feeds;
using OrchardCommerce.Daemon.Orders;
using OrchardCommerce.Daemon.Orders.Workers;
using OrchardCommerce.Daemon.Sync;
using OrchardCommerce.Daemon.Sync.Dashboard;
using OrchardCommerce.Daemon.Webhooks;
using OrchardCommerce.Daemon.Webhooks.Dashboard;
using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard;
using OrchardCommerce.Workflows.Client;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Daemon;

public static class DaemonServiceCollectionExtensions
{
    /// <summary>
    /// The daemon's work on top of an already registered jobs engine (AddJobs + AddJobWorkers): Cms.Web's client, the
    /// feed followers, commerce ↔ content sync, the order workflows (Camunda client from section "Camunda", workers, BPMN
    /// deployment), and outgoing webhooks (section "Daemon:Webhooks", with the dashboard's Webhooks section).
    /// </summary>
    public static IServiceCollection AddDaemon(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DaemonOptions>().Bind(configuration.GetSection(DaemonOptions.Section));
        services.AddOptions<OrderWorkflowOptions>().Bind(configuration.GetSection(OrderWorkflowOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CmsAddress>();
        services.TryAddTransient<CmsResilienceHandler>();
        services.AddHttpClient<CmsClient>(http => http.Timeout = Timeout.InfiniteTimeSpan).AddHttpMessageHandler<CmsResilienceHandler>()
            .ConfigurePrimaryHttpMessageHandler(sp => PrimaryHandler.Create(sp, string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<DaemonOptions>>().Value.CmsUrl)));
        services.TryAddSingleton<TenantDirectory>();
        services.TryAddSingleton<FeedActivity>();
        services.AddHostedService<FeedFollower>();
        AddSync(services, configuration);

        services.TryAddTransient<InProcessEngineHandler>();
        services.AddCamundaClient(configuration).AddHttpMessageHandler<InProcessEngineHandler>()
            .ConfigurePrimaryHttpMessageHandler(sp => PrimaryHandler.Create(sp, sp.GetRequiredService<IOptions<DaemonOptions>>().Value.InProcessEngine));
        services.AddSingleton<IFeedRoute, OrderWorkflowRoute>();
        new JobsBuilder(services)
            .AddJobType<StartOrderWorkflow, StartOrderWorkflowHandler>(OrderWorkflowRoute.StartJob)
            .AddJobType<PaymentVerdict, PaymentVerdictHandler>(OrderWorkflowRoute.VerdictJob);
        services.AddJobWorker<VerifyPaymentWorker>(VerifyPaymentWorker.JobType);
        services.AddJobWorker<ReserveInventoryWorker>(ReserveInventoryWorker.JobType);
        services.AddJobWorker<NotifyWorker>(NotifyWorker.JobType);
        services.AddJobWorker<CompleteOrderWorker>(CompleteOrderWorker.JobType);
        services.AddJobWorker<CancelOrderWorker>(CancelOrderWorker.JobType);
        services.AddJobWorker<ReleaseInventoryWorker>(ReleaseInventoryWorker.JobType);
        services.AddSingleton<BpmnDeployer>();
        services.AddHostedService(sp => sp.GetRequiredService<BpmnDeployer>());
        services.AddWebhooks(configuration);
        return services;
    }

    // Commerce ↔ content sync: routes and handlers; the retry policy is read now because job types are registered now.
    private static void AddSync(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SyncOptions.Section).Get<SyncOptions>() ?? new SyncOptions();
        var retry = new RetryPolicy { MaxAttempts = options.MaxAttempts, BaseDelay = options.BaseDelay, MaxDelay = options.MaxDelay };
        services.AddOptions<SyncOptions>().Bind(configuration.GetSection(SyncOptions.Section));
        services.TryAddSingleton<SyncStats>();
        services.AddSingleton<IFeedRoute, SyncRoute>();
        services.AddHostedService<ReconcileScheduler>();
        services.AddSyncDashboardSection();
        new JobsBuilder(services)
            .AddJobType<ProductToContent, ProductToContentHandler>(SyncJobs.ProductToContent, retry, options.Timeout)
            .AddJobType<ProductDeleted, ProductDeletedHandler>(SyncJobs.ProductDeleted, retry, options.Timeout)
            .AddJobType<ContentToProduct, ContentToProductHandler>(SyncJobs.ContentToProduct, retry, options.Timeout)
            .AddJobType<BrandingToStore, BrandingToStoreHandler>(SyncJobs.BrandingToStore, retry, options.Timeout)
            .AddJobType<ProvisionStore, ProvisionStoreHandler>(SyncJobs.ProvisionStore, retry, TimeSpan.FromMinutes(5))
            .AddJobType<ReconcileTenant, ReconcileTenantHandler>(SyncJobs.ReconcileTenant, retry, TimeSpan.FromMinutes(10));
    }

    private static void AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WebhookOptions.Section);
        services.AddOptions<WebhookOptions>().Bind(section);
        services.AddSingleton<IFeedRoute, WebhookRoute>();
        services.TryAddSingleton<WebhookSubscriptionCache>();
        services.TryAddSingleton<WebhookDeliveryLog>();
        services.TryAddSingleton<WebhookRedelivery>();
        services.AddHostedService<WebhookLogPruner>();
        // No cookies, no redirects followed (a 3xx is a failed attempt), no retry here (the job's retries are the retries),
        // and connections only to public addresses unless configured otherwise.
        services.TryAddSingleton<WebhookConnectGuard>();
        services.AddHttpClient<WebhookSender>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, UseCookies = false, UseProxy = false,
                ConnectCallback = sp.GetRequiredService<WebhookConnectGuard>().ConnectAsync,
            });
        // The retry policy is fixed at registration, so it is read from configuration here rather than through IOptions.
        var retry = (section.Get<WebhookOptions>() ?? new WebhookOptions()).ToRetryPolicy();
        new JobsBuilder(services)
            .AddJobType<WebhookEvent, FanOutWebhookHandler>(WebhookRoute.FanOutJob)
            .AddJobType<DeliverWebhook, DeliverWebhookHandler>(WebhookRoute.DeliverJob, retry);
        services.AddJobsDashboardSection<WebhooksDashboardSection>();
    }
}
