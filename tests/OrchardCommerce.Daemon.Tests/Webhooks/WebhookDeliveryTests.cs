using System.Net;
using System.Net.Http.Json;
using OrchardCommerce.Daemon.Webhooks;
using OrchardCommerce.Jobs;
using OrchardCommerce.Security;

namespace OrchardCommerce.Daemon.Tests.Webhooks;

/// <summary>
/// Outgoing webhooks end to end on the embedded default: subscription through the API, product through the commerce
/// API, change feed → fan-out job → delivery job → a real receiver that checks the signature.
/// </summary>
public sealed class WebhookDeliveryTests(WebhookHost host) : IClassFixture<WebhookHost>
{
    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    [Fact]
    public async Task ProductCreated_SubscribedToProductWildcard_ExactlyOneValidDelivery()
    {
        var hook = Unique("ok");
        var (subscriptionId, _) = await host.SubscribeAsync(hook, ["product.*"]);
        var inactive = Unique("off");
        var (inactiveId, _) = await host.SubscribeAsync(inactive, ["*"]);
        (await host.Admin.PutAsJsonAsync($"/api/webhooks/subscriptions/{inactiveId}", new { url = host.Receiver.Url(inactive), events = new[] { "*" }, active = false }))
            .EnsureSuccessStatusCode();

        var productId = await host.CreateProductAsync(hook);
        var first = await WebhookHost.WaitAsync(() => Task.FromResult(host.Receiver.For(hook, productId)), r => r.Count > 0, "the delivery");
        await host.QuiescentAsync();

        var received = host.Receiver.For(hook, productId);
        received.Should().ContainSingle("product.created is delivered once; price.changed does not match product.*");
        var delivery = received[0];
        delivery.Check.Should().Be(WebhookSignatureCheck.Valid);
        delivery.ContentType.Should().Be("application/json");
        delivery.WebhookId.Should().Be((string)delivery.Body["id"]!).And.NotBeEmpty();
        delivery.Body.Select(p => p.Key).Should().Equal("id", "type", "tenant", "aggregateType", "aggregateId", "aggregateVersion", "occurredUtc", "data");
        ((string)delivery.Body["type"]!, (string)delivery.Body["tenant"]!, (string)delivery.Body["aggregateType"]!, (long)delivery.Body["aggregateVersion"]!)
            .Should().Be(("product.created", "shop", "product", 1L));
        ((string)delivery.Body["data"]!["handle"]!).Should().Be(hook);
        var logged = (await host.DeliveryAsync(subscriptionId, delivery.WebhookId))!;
        (logged.Outcome, logged.StatusCode, logged.Attempt, logged.Url).Should().Be((WebhookDeliveryOutcome.Delivered, 200, 1, host.Receiver.Url(hook)));
        (await host.Jobs.GetAsync(logged.JobId))!.Job.State.Should().Be(JobState.Succeeded);
        first.Should().NotBeEmpty();
        host.Receiver.For(inactive, productId).Should().BeEmpty();
    }

    [Fact]
    public async Task FailingReceiver_RetriedThenDeadLettered_RedeliverFromDashboardDelivers()
    {
        var hook = Unique("fail");
        var (subscriptionId, secret) = await host.SubscribeAsync(hook, ["product.created"], status: 500);
        var productId = await host.CreateProductAsync(hook);
        var eventId = (await WebhookHost.WaitAsync(() => Task.FromResult(host.Receiver.For(hook, productId)), r => r.Count > 0, "a first attempt"))[0].WebhookId;
        var jobId = (await WebhookHost.WaitAsync(() => host.DeliveryAsync(subscriptionId, eventId), d => d is not null, "the delivery log"))!.JobId;

        var deadLetter = await WebhookHost.WaitAsync(() => host.Jobs.GetAsync(jobId), j => j!.Job.State == JobState.DeadLettered, "the dead letter");
        var attempts = await host.Log.AttemptsAsync(jobId);
        host.Receiver.Configure(hook, secret, 200);
        using var dashboard = await host.DashboardAsync();
        var page = $"/jobs/webhooks/deliveries/{jobId}";
        var redeliver = await dashboard.PostWithAntiforgeryAsync(page, $"{page}/redeliver");
        var location = redeliver.Headers.Location!.ToString();
        var newJobId = long.Parse(location.Split('/').Last().Split('?')[0]);
        var redelivered = await WebhookHost.WaitAsync(() => host.Log.AttemptsAsync(newJobId), a => a.Count > 0, "the redelivery");
        var newPage = await (await dashboard.GetPageAsync(location)).Content.ReadAsStringAsync();
        var failedList = await (await dashboard.GetPageAsync("/jobs/webhooks?tenant=shop&status=failed")).Content.ReadAsStringAsync();

        deadLetter!.Job.Attempt.Should().Be(3);
        attempts.Select(a => (a.Attempt, a.Outcome, a.StatusCode)).Should().Equal(
            (1, WebhookDeliveryOutcome.Failed, 500), (2, WebhookDeliveryOutcome.Failed, 500), (3, WebhookDeliveryOutcome.Failed, 500));
        host.Receiver.For(hook, productId).Take(3).Should().OnlyContain(r => r.Check == WebhookSignatureCheck.Valid && r.Answered == 500);
        redeliver.StatusCode.Should().Be(HttpStatusCode.Redirect);
        location.Should().Be($"/jobs/webhooks/deliveries/{newJobId}?done=redelivered&of={jobId}");
        newJobId.Should().NotBe(jobId);
        redelivered.Select(a => (a.Outcome, a.StatusCode, a.RedeliveryOf, a.EventId)).Should().Equal((WebhookDeliveryOutcome.Delivered, 200, jobId, eventId));
        host.Receiver.For(hook, productId).Should().HaveCount(4).And.Subject.Last().Should().Match<ReceivedWebhook>(r =>
            r.Check == WebhookSignatureCheck.Valid && r.Answered == 200 && r.WebhookId == eventId);
        newPage.Should().Contain("delivered 200").And.Contain($"href=\"/jobs/webhooks/deliveries/{jobId}\"");
        failedList.Should().Contain($"href=\"/jobs/webhooks/deliveries/{jobId}\"").And.Contain("failed 500").And.NotContain($"deliveries/{newJobId}\"");
    }

    [Fact]
    public async Task ReceiverWithWrongSecret_SignatureRefused_AttemptsLoggedAs401()
    {
        var hook = Unique("wrong");
        var (subscriptionId, _) = await host.SubscribeAsync(hook, ["product.created"], receiverSecret: "whsec_not_the_subscriptions_secret");
        var productId = await host.CreateProductAsync(hook);
        var received = await WebhookHost.WaitAsync(() => Task.FromResult(host.Receiver.For(hook, productId)), r => r.Count > 0, "a delivery");
        var logged = await WebhookHost.WaitAsync(() => host.DeliveryAsync(subscriptionId, received[0].WebhookId), d => d is not null, "the delivery log");

        received[0].Check.Should().Be(WebhookSignatureCheck.Mismatch);
        received[0].Answered.Should().Be(401);
        (logged!.Outcome, logged.StatusCode).Should().Be((WebhookDeliveryOutcome.Failed, 401));
    }

    [Fact]
    public async Task Dashboard_RedeliverWithoutAntiforgeryOrSignIn_Refused()
    {
        using var signedIn = await host.DashboardAsync();
        using var anonymous = new OrchardCommerce.Jobs.Dashboard.Tests.DashboardHttpClient(host.Cms.Address);

        var noToken = await signedIn.PostFormAsync("/jobs/webhooks/deliveries/1/redeliver", []);
        var notSignedIn = await anonymous.GetPageAsync("/jobs/webhooks");
        var list = await signedIn.GetPageAsync("/jobs/webhooks");

        noToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        notSignedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        notSignedIn.Headers.Location!.ToString().Should().StartWith("/jobs/login");
        list.StatusCode.Should().Be(HttpStatusCode.OK);
        (await list.Content.ReadAsStringAsync()).Should().Contain("Webhook deliveries");
    }
}
