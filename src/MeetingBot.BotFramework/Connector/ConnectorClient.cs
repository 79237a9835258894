using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (spec §3): replies, sends, updates, deletes, new conversations and
/// member lists. Every call is paced by Teams' rate limits, carries a cached bearer token (only to a
/// trusted serviceUrl) and is retried where Teams says it is safe.
/// </summary>
public sealed class ConnectorClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient httpClient;
    private readonly ConnectorTokenProvider tokens;
    private readonly ServiceUrlTrust trust;
    private readonly ConnectorRateLimiter rateLimiter;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<ConnectorClient> logger;

    internal ConnectorClient(HttpClient httpClient, ConnectorTokenProvider tokens, ServiceUrlTrust trust, ConnectorRateLimiter rateLimiter, TimeProvider timeProvider, ILogger<ConnectorClient> logger)
    {
        this.httpClient = httpClient;
        this.tokens = tokens;
        this.trust = trust;
        this.rateLimiter = rateLimiter;
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    /// <summary>Replies to <paramref name="replyToId"/> (in channels this lands in its thread).</summary>
    /// <returns>The new activity's id, or null when the Connector answered without one (see <see cref="SendAsync"/>).</returns>
    public async Task<string?> ReplyAsync(ConversationAddress address, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        activity.ReplyToId ??= replyToId;
        var response = await SendJsonAsync(HttpMethod.Post, address.ServiceUrl, $"v3/conversations/{Escape(address.ConversationId)}/activities/{Escape(replyToId)}",
            Key(address, ConnectorOperation.Send), activity, BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false);
        return IdOf(response);
    }

    /// <summary>Sends a message to a conversation.</summary>
    /// <returns>
    /// The new activity's id, or null: the REST API allows 200, 201 and 202 with or without a ResourceResponse
    /// (Microsoft 365 Agents Playground answers 202 and no body; Teams omits the id when it splits a message).
    /// A copy without an id cannot be updated or deleted later; the caller decides whether that matters.
    /// </returns>
    public async Task<string?> SendAsync(ConversationAddress address, Activity activity, CancellationToken cancellationToken) =>
        IdOf(await SendJsonAsync(HttpMethod.Post, address.ServiceUrl, $"v3/conversations/{Escape(address.ConversationId)}/activities",
            Key(address, ConnectorOperation.Send), activity, BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false));

    /// <summary>Replaces a message the bot sent, e.g. to change a card for everyone.</summary>
    /// <returns>The id the Connector answered with, if any (it is the updated activity's).</returns>
    public async Task<string?> UpdateAsync(ConversationAddress address, string activityId, Activity activity, CancellationToken cancellationToken) =>
        IdOf(await SendJsonAsync(HttpMethod.Put, address.ServiceUrl, $"v3/conversations/{Escape(address.ConversationId)}/activities/{Escape(activityId)}",
            Key(address, ConnectorOperation.Send), activity, BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Creates (or finds) the 1:1 chat with a user for proactive messages. <paramref name="userId"/> is the user's
    /// Teams id (<c>29:…</c>) or Entra object id, both in <c>members[].id</c>: in <c>aadObjectId</c> Teams answers 400. Fails with 403 unless the app is installed for the user.
    /// Null (or an id-less response) when the Connector answered success without a body: there is then no chat to post to.
    /// </summary>
    public Task<ConversationResourceResponse?> CreatePersonalConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
        };
        return SendJsonAsync(HttpMethod.Post, serviceUrl, "v3/conversations", new RateLimitKey(tenantId, "member:" + userId, ConnectorOperation.Send),
            parameters, BotJsonContext.Default.ConversationParameters, BotJsonContext.Default.ConversationResourceResponse, cancellationToken);
    }

    /// <summary>All members, page by page (Teams clamps the page size to 50–500). The unpaged API is throttled hard and not offered.</summary>
    public async IAsyncEnumerable<TeamsChannelAccount> GetMembersAsync(ConversationAddress address, int pageSize = 200, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? continuation = null;
        do
        {
            var query = $"pageSize={Math.Clamp(pageSize, 50, 500)}" + (continuation is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(continuation));
            var page = await SendJsonAsync<object, PagedMembersResult>(HttpMethod.Get, address.ServiceUrl,
                $"v3/conversations/{Escape(address.ConversationId)}/pagedmembers?{query}", Key(address, ConnectorOperation.Read),
                null, null, BotJsonContext.Default.PagedMembersResult, cancellationToken).ConfigureAwait(false);
            foreach (var member in page?.Members ?? [])
            {
                yield return member;
            }

            continuation = string.IsNullOrEmpty(page?.ContinuationToken) ? null : page.ContinuationToken;
        }
        while (continuation is not null);
    }

    private static string? IdOf(ResourceResponse? response) => string.IsNullOrEmpty(response?.Id) ? null : response.Id;

    private static RateLimitKey Key(ConversationAddress address, ConnectorOperation operation) =>
        new(address.TenantId, address.ConversationId, operation);

    // Conversation ids contain ':', '@' and ';' which must not be read as URL syntax.
    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private async Task<TResponse?> SendJsonAsync<TRequest, TResponse>(
        HttpMethod method, string serviceUrl, string relativePath, RateLimitKey key,
        TRequest? body, JsonTypeInfo<TRequest>? requestInfo, JsonTypeInfo<TResponse>? responseInfo, CancellationToken cancellationToken)
        where TResponse : class
    {
        var uri = Target(serviceUrl, relativePath);
        var payload = body is null || requestInfo is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, requestInfo);
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false));
            if (payload is not null)
            {
                request.Content = new ByteArrayContent(payload);
                request.Content.Headers.ContentType = Json;
            }

            HttpResponseMessage response;
            try
            {
                response = await SendPacedAsync(key, request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (RetryPolicy.IsRetryableFailure(method) && attempt < RetryPolicy.MaxAttempts)
            {
                BotFrameworkTelemetry.ConnectorRetry(method.Method, 0);
                Log.ConnectorRetry(logger, method.Method, uri.AbsolutePath, 0, attempt, ex.GetType().Name);
                waited += await WaitAsync(RetryPolicy.Delay(attempt, null, timeProvider.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                BotFrameworkTelemetry.ConnectorCall(method.Method, (int)response.StatusCode);
                if (response.IsSuccessStatusCode)
                {
                    return responseInfo is null || response.StatusCode == HttpStatusCode.NoContent
                        ? null
                        : await ReadAsync(response, responseInfo, cancellationToken).ConfigureAwait(false);
                }

                var delay = RetryPolicy.Delay(attempt, response.Headers.RetryAfter, timeProvider.GetUtcNow());
                if (RetryPolicy.IsRetryable(method, response.StatusCode) && attempt < RetryPolicy.MaxAttempts && waited + delay <= RetryPolicy.Budget)
                {
                    Log.ConnectorRetry(logger, method.Method, uri.AbsolutePath, (int)response.StatusCode, attempt, delay.ToString());
                    BotFrameworkTelemetry.ConnectorRetry(method.Method, (int)response.StatusCode);
                    waited += await WaitAsync(delay, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw await FailureAsync(method, uri, response, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<HttpResponseMessage> SendPacedAsync(RateLimitKey key, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The call holds its place in Teams' windows until its answer is back: Teams saw it somewhere in between.
        using var permit = await rateLimiter.AcquireAsync(key, cancellationToken).ConfigureAwait(false);
        return await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private Uri Target(string serviceUrl, string relativePath)
    {
        if (!Uri.TryCreate(serviceUrl.TrimEnd('/') + "/", UriKind.Absolute, out var baseUri) || !trust.IsTrusted(baseUri))
        {
            // The bearer token would go to this URL: refuse rather than leak it.
            throw new InvalidOperationException($"serviceUrl '{serviceUrl}' is not trusted for Connector calls.");
        }

        return new Uri(baseUri, relativePath);
    }

    private async Task<TimeSpan> WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        return delay;
    }

    /// <summary>The body as <typeparamref name="T"/>, or null when there is none: an empty body is a valid answer (202, 204), chunked or not.</summary>
    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> info, CancellationToken cancellationToken)
        where T : class
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return body.AsSpan().Trim(" \t\r\n"u8).IsEmpty ? null : JsonSerializer.Deserialize(body, info);
    }

    private async Task<ConnectorException> FailureAsync(HttpMethod method, Uri uri, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var correlationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
        ErrorDetail? error = null;
        try
        {
            error = (await ReadAsync(response, BotJsonContext.Default.ErrorResponse, cancellationToken).ConfigureAwait(false))?.Error;
        }
        catch (JsonException)
        {
            // Not every failure has the documented error body (proxies, gateways); the status still says enough.
        }

        Log.ConnectorFailed(logger, method.Method, uri.AbsolutePath, (int)response.StatusCode, error?.Code, correlationId);
        return new ConnectorException(response.StatusCode, error?.Code,
            $"Connector {method.Method} {uri.AbsolutePath} failed with {(int)response.StatusCode} {error?.Code}: {error?.Message}", correlationId);
    }
}
