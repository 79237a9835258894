using System.Buffers;
using System.Text.Json;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>. The token is checked before the body is even read; then the body's
/// shape, then the checks that bind token and activity. Invokes are answered in the response; the
/// rest are acknowledged at once and handled by <see cref="BackgroundActivityProcessor"/>.
/// </summary>
internal sealed class MessagesEndpoint(
    BotTokenValidator validator,
    ActivityAuthorizer authorizer,
    ServiceUrlTrust trust,
    ConversationReferenceRecorder references,
    IActivityDeduplicationStore deduplication,
    BackgroundActivityQueue queue,
    ConnectorClient connector,
    IServiceScopeFactory scopes,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<MessagesEndpoint> logger)
{
    public const string Route = "/api/messages";

    /// <summary>Teams' own hard cap on an activity is 262144 bytes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly TimeSpan DuplicatePollInterval = TimeSpan.FromMilliseconds(100);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var outcome = await validator.ValidateAsync(request.Headers.Authorization, context.RequestAborted).ConfigureAwait(false);
        if (outcome.Identity is not { } identity)
        {
            Log.Unauthenticated(logger, outcome.FailureReason ?? "invalid token");
            BotFrameworkTelemetry.AuthenticationFailed(outcome.FailureReason ?? "invalid token");
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!request.HasJsonContentType())
        {
            response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body.Value.AsSpan(), BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            activity = null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body.Value.Array!);
        }

        if (activity?.Type is null)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (authorizer.Check(identity, activity) is { } refusal)
        {
            Log.Unauthenticated(logger, refusal);
            BotFrameworkTelemetry.AuthenticationFailed(refusal);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Log.Authenticated(logger, identity.Path.ToString(), activity.Type, activity.Id);
        BotFrameworkTelemetry.ActivityReceived(activity.Type);
        if (activity.ServiceUrl is not null)
        {
            trust.Trust(activity.ServiceUrl);
        }

        await RecordReferenceAsync(activity, context.RequestAborted).ConfigureAwait(false);

        if (activity.Type == ActivityTypes.Invoke)
        {
            await InvokeAsync(context, activity).ConfigureAwait(false);
            return;
        }

        if (activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)
        {
            var key = Key(activity);
            if (key is { } k && !(await deduplication.TryClaimAsync(k, Expiry(), context.RequestAborted).ConfigureAwait(false)).IsFirst)
            {
                Log.Duplicate(logger, activity.Type, k.ActivityId, k.ConversationId);
            }
            else if (!queue.TryEnqueue(activity))
            {
                Log.QueueFull(logger, activity.Type, activity.Id);
                if (key is { } claimed)
                {
                    await deduplication.ReleaseAsync(claimed, context.RequestAborted).ConfigureAwait(false);
                }

                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
        }
        else
        {
            Log.UnhandledType(logger, activity.Type);
        }

        response.StatusCode = StatusCodes.Status200OK;
    }

    private async Task InvokeAsync(HttpContext context, Activity activity)
    {
        var key = Key(activity);
        if (key is { } k)
        {
            var claim = await deduplication.TryClaimAsync(k, Expiry(), context.RequestAborted).ConfigureAwait(false);
            if (!claim.IsFirst)
            {
                Log.Duplicate(logger, activity.Type, k.ActivityId, k.ConversationId);
                var saved = claim.InvokeResponse ?? await AwaitFirstResponseAsync(k, context.RequestAborted).ConfigureAwait(false);
                if (saved is { Json: null })
                {
                    // Kept without a body (a rebuildable response, or one that had none): the handler may answer again.
                    var (rebuilt, rebuildFailed) = await RunHandlerAsync(context, activity, ActivityDispatcher.DuplicateInvokeAsync).ConfigureAwait(false);
                    if (rebuildFailed)
                    {
                        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                        return;
                    }

                    saved = rebuilt ?? saved;
                }

                await WriteAsync(context, saved).ConfigureAwait(false);
                return;
            }
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var (answered, failed) = await RunHandlerAsync(context, activity, ActivityDispatcher.InvokeAsync).ConfigureAwait(false);
        if (failed || answered is not { } result)
        {
            // Nothing was answered: a re-delivery deserves a fresh attempt.
            if (key is { } unanswered)
            {
                await deduplication.ReleaseAsync(unanswered, CancellationToken.None).ConfigureAwait(false);
            }

            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            BotFrameworkTelemetry.InvokeAnswered(activity.Name, StatusCodes.Status500InternalServerError, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            return;
        }

        BotFrameworkTelemetry.InvokeAnswered(activity.Name, result.Status, System.Diagnostics.Stopwatch.GetElapsedTime(started));

        // Saved for duplicates while the response is already on its way: Teams should not wait for our database. A
        // rebuildable response is kept without its body, which a duplicate gets from the handler again.
        var kept = result.Rebuildable ? result with { Json = null } : result;
        var saving = key is { } done ? deduplication.SaveInvokeResponseAsync(done, kept, CancellationToken.None) : Task.CompletedTask;
        try
        {
            await WriteAsync(context, result).ConfigureAwait(false);
            await context.Response.CompleteAsync().ConfigureAwait(false);
        }
        finally
        {
            try
            {
                await saving.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A duplicate now finds no response and is answered 503; the first delivery was answered.
                Log.InvokeResponseNotSaved(logger, ex, activity.Id, activity.Conversation?.Id);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="run"/> on a handler of its own scope within the invoke timeout. A failure is logged and
    /// reported as <c>Failed</c>, never thrown: the caller decides what the client hears.
    /// </summary>
    private async Task<(T? Response, bool Failed)> RunHandlerAsync<T>(
        HttpContext context, Activity activity, Func<IActivityHandler, TurnContext, CancellationToken, Task<T>> run)
        where T : class?
    {
        var timeout = options.Value.InvokeTimeout;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeoutSource.CancelAfter(timeout);
        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var handler = scope.ServiceProvider.GetRequiredService<IActivityHandler>();
                return (await run(handler, new TurnContext(activity, connector), timeoutSource.Token).ConfigureAwait(false), false);
            }
        }
        catch (Exception ex)
        {
            if (ex is OperationCanceledException && timeoutSource.IsCancellationRequested)
            {
                Log.HandlerTimedOut(logger, activity.Type, activity.Id, activity.Conversation?.Id, timeout);
            }
            else
            {
                Log.HandlerFailed(logger, ex, activity.Type, activity.Id, activity.Conversation?.Id);
            }

            return (null, true);
        }
    }

    /// <summary>A duplicate arrived while the first delivery is still being handled: answer with its response once saved.</summary>
    private async Task<InvokeResponse?> AwaitFirstResponseAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        var deadline = timeProvider.GetUtcNow() + options.Value.InvokeTimeout;
        while (timeProvider.GetUtcNow() < deadline)
        {
            await Task.Delay(DuplicatePollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            var claim = await deduplication.TryClaimAsync(key, Expiry(), cancellationToken).ConfigureAwait(false);
            if (claim.IsFirst)
            {
                // The first delivery failed and gave its claim up; this one is now the first but came too late to run.
                await deduplication.ReleaseAsync(key, cancellationToken).ConfigureAwait(false);
                return null;
            }

            if (claim.InvokeResponse is { } saved)
            {
                return saved;
            }
        }

        return null;
    }

    private static async Task WriteAsync(HttpContext context, InvokeResponse? result)
    {
        if (result is null)
        {
            // Only when a duplicate's original never produced a response; Teams may deliver again.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        context.Response.StatusCode = result.Status;
        if (result.Json is { } json)
        {
            // The body as it was written (and as the dedupe store keeps it), byte for byte: no second serialisation.
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = json.Length;
            context.Response.BodyWriter.Write(json);
            await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task RecordReferenceAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await references.RecordAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Losing one reference update must not lose the activity; the next one writes it again.
            Log.ReferenceNotStored(logger, ex, activity.Conversation?.Id ?? string.Empty);
        }
    }

    private DateTimeOffset Expiry() => timeProvider.GetUtcNow() + ActivityDeduplication.Window;

    private static ActivityKey? Key(Activity activity) =>
        activity is { Id: { Length: > 0 } id, Conversation.Id: { Length: > 0 } conversation } ? new ActivityKey(conversation, id) : null;

    /// <summary>Reads at most <see cref="MaxBodyBytes"/> into a pooled buffer; null when the body is larger.</summary>
    private static async Task<ArraySegment<byte>?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, MaxBodyBytes) + 1);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length > MaxBodyBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }

                var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes + 1));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > MaxBodyBytes)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }
        }

        return new ArraySegment<byte>(buffer, 0, length);
    }
}
