using System.Net;
using System.Net.Http.Headers;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// When a failed Connector call may be sent again (Teams status table, spec §3). A POST is never
/// retried on an ambiguous 502/504 or a lost connection: sends carry no idempotency key, so a retry
/// can post the message twice. 429, 412 and 503 mean the request was not acted on.
/// </summary>
internal static class RetryPolicy
{
    public const int MaxAttempts = 4;

    /// <summary>Total waiting a single call may do before it gives up.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

    public static bool IsRetryable(HttpMethod method, HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.ServiceUnavailable => true,
        HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => method != HttpMethod.Post,
        _ => false,
    };

    public static bool IsRetryableFailure(HttpMethod method) => method != HttpMethod.Post;

    /// <summary>Retry-After when the server gave one, else exponential backoff with full jitter.</summary>
    public static TimeSpan Delay(int attempt, RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            return date > now ? date - now : TimeSpan.Zero;
        }

        var ceiling = Math.Min(MaxBackoff.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(ceiling / 2 + (Random.Shared.NextDouble() * ceiling / 2));
    }
}
