using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace OrchardCommerce.Outbox;

/// <summary>
/// GET {pattern}?after=&amp;limit=&amp;wait=: a stream's change feed for the daemon and webhooks. Answers {events, next};
/// pass next back as after. Each event's "sequence" is its feed position (commit order), and next is the last one's.
/// wait (seconds) long-polls when there is nothing new.
/// </summary>
public static class ChangeFeedApi
{
    private const int DefaultLimit = 100;

    public static RouteHandlerBuilder MapChangeFeed<TStream>(this IEndpointRouteBuilder routes, string pattern, string permission)
        where TStream : IOutboxStream =>
        routes.MapGet(pattern, ReadAsync<TStream>)
            .RequireAuthorization(permission)
            .Produces<FeedPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    // Query values are bound as text so that a malformed one gets a problem naming it, not a bare binding failure.
    private static async Task<IResult> ReadAsync<TStream>(string? after, string? limit, string? wait, [FromServices] ChangeFeed<TStream> feed,
        [FromServices] IHostApplicationLifetime lifetime, CancellationToken cancellationToken) where TStream : IOutboxStream
    {
        var errors = new Dictionary<string, string[]>();
        var cursor = Parse(after, "after", 0, long.MaxValue, 0, "a feed position (a previous page's next) of 0 or more", errors);
        var size = Parse(limit, "limit", 1, ChangeFeed<TStream>.MaxLimit, DefaultLimit, $"a whole number from 1 to {ChangeFeed<TStream>.MaxLimit}", errors);
        var seconds = Parse(wait, "wait", 0, ChangeFeed<TStream>.MaxWaitSeconds, 0,
            $"a whole number of seconds from 0 to {ChangeFeed<TStream>.MaxWaitSeconds}", errors);
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        // The wait also ends when the host starts stopping: Kestrel lets open requests finish before it stops.
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var page = await feed.ReadAsync(cursor, (int)size, TimeSpan.FromSeconds(seconds), poll.Token);
        return Results.Ok(page);
    }

    private static long Parse(string? text, string field, long min, long max, long fallback, string expected, Dictionary<string, string[]> errors)
    {
        if (text is null) return fallback;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[field] = [$"{field} must be {expected}."];
        return fallback;
    }
}
