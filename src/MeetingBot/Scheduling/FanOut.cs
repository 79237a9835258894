using System.Collections.Concurrent;
using System.Net;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Scheduling.Storage;
using MeetingBot.Telemetry;

namespace MeetingBot.Scheduling;

/// <summary>
/// Posts a job's messages, each target at most once across attempts, crashes and instances. Several
/// posts are in flight at once; <see cref="ConnectorClient"/>'s rate limiter holds each until Teams'
/// per-conversation and per-tenant windows have room, so a large fan-out runs at the tenant limit
/// instead of collecting 429s.
/// </summary>
/// <remarks>
/// Each target goes: lease check + 'sending' row (one transaction) → POST → 'sent' with the activity id.
/// A crash between the row and the confirmation leaves 'sending': the POST may or may not have reached
/// Teams, and a Connector POST carries no idempotency key, so a later holder does not post again (it logs
/// the target instead). Missing one member's card is recoverable by hand; a duplicate agenda is not.
/// Refusals that prove nothing was posted (429/503 after the client's own retries) forget the row so the
/// job's retry sends again; permanent refusals (403 bot removed, 404 conversation gone) are logged and skipped.
/// </remarks>
internal sealed class FanOut(long jobId, string owner, string kind, JobStore store, ConnectorClient? connector, IConversationReferenceStore references, TimeProvider time, ILogger logger)
{
    private readonly ConcurrentBag<string> refused = [];
    private int sent;
    private int skipped;
    private volatile bool handedBack;

    public int Sent => sent;

    public int Skipped => skipped;

    public bool HandedBack => handedBack;

    /// <summary>Targets to try again on the job's next attempt.</summary>
    public IReadOnlyCollection<string> Refused => refused;

    public async Task DeliverAsync(IReadOnlyList<JobMessage> messages, int concurrency, CancellationToken handBack, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var client = connector ?? throw new InvalidOperationException("The job has messages to post but the bot is not configured (no Bot section).");
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(messages, parallel, async (message, token) =>
        {
            if (handBack.IsCancellationRequested)
            {
                handedBack = true;
                return;
            }

            await DeliverOneAsync(client, message, token);
        });
    }

    private async Task DeliverOneAsync(ConnectorClient connector, JobMessage message, CancellationToken cancellationToken)
    {
        var key = message.Target.Key;
        switch (await store.BeginDeliveryAsync(jobId, owner, key, time.GetUtcNow(), cancellationToken))
        {
            case DeliveryDecision.LeaseLost:
                throw new LeaseLostException(jobId);
            case DeliveryDecision.AlreadySent:
                Interlocked.Increment(ref skipped);
                MeetingBotMetrics.Delivery(kind, "already_sent");
                return;
            case DeliveryDecision.Ambiguous:
                Interlocked.Increment(ref skipped);
                SchedulingLog.DeliveryAmbiguous(logger, jobId, key, null);
                MeetingBotMetrics.Delivery(kind, "ambiguous");
                return;
        }

        (ConversationAddress Address, string? ActivityId) posted;
        try
        {
            posted = await PostAsync(connector, message, cancellationToken);
        }
        catch (ConnectorException ex) when (NothingPosted(ex.StatusCode))
        {
            await store.ForgetDeliveryAsync(jobId, key, CancellationToken.None);
            SchedulingLog.DeliveryRefused(logger, jobId, key, (int)ex.StatusCode);
            MeetingBotMetrics.Delivery(kind, "refused");
            if (ex.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.PreconditionFailed)
            {
                refused.Add(key);
            }

            return;
        }
        catch (UndeliverableException ex)
        {
            // Nothing went out (an untrusted serviceUrl, or Teams made no chat): skip this target, keep the others going.
            await store.ForgetDeliveryAsync(jobId, key, CancellationToken.None);
            SchedulingLog.DeliveryImpossible(logger, jobId, key, ex.Message);
            MeetingBotMetrics.Delivery(kind, "refused");
            return;
        }
        catch (Exception ex) when (ex is HttpRequestException or ConnectorException or System.Text.Json.JsonException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Lost connection, timeout, 5xx, an unreadable answer: the post may have gone through. Left as 'sending', so never re-sent.
            Interlocked.Increment(ref skipped);
            SchedulingLog.DeliveryUncertain(logger, jobId, key, ex.GetType().Name);
            MeetingBotMetrics.Delivery(kind, "ambiguous");
            return;
        }

        // Confirmed whatever happens next: the post is out.
        await store.CompleteDeliveryAsync(jobId, key, posted.Address.ConversationId, posted.ActivityId, time.GetUtcNow(), CancellationToken.None);
        Interlocked.Increment(ref sent);
        MeetingBotMetrics.Delivery(kind, "sent");
        await NotifyDeliveredAsync(message, posted.Address, posted.ActivityId);
    }

    private async Task NotifyDeliveredAsync(JobMessage message, ConversationAddress address, string? activityId)
    {
        if (message.Delivered is null)
        {
            return;
        }

        if (activityId is not { Length: > 0 })
        {
            // 200/201/202 without a ResourceResponse is success by the REST spec, but this copy cannot be updated later.
            SchedulingLog.DeliveredWithoutId(logger, jobId, message.Target.Key);
            return;
        }

        try
        {
            await message.Delivered(new DeliveredMessage(address, activityId), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The post is out and recorded; losing the feature's note of it only costs later updates of that copy.
            SchedulingLog.DeliveredCallbackFailed(logger, jobId, message.Target.Key, ex);
        }
    }

    private async Task<(ConversationAddress Address, string? ActivityId)> PostAsync(ConnectorClient connector, JobMessage message, CancellationToken cancellationToken)
    {
        var (target, activity) = (message.Target, message.Activity);
        if (message.Replaces is { } copy)
        {
            // A PUT notifies nobody and cannot leave a second copy, so an update is safe to repeat.
            activity.Id = copy.ActivityId;
            return (copy.Address, await Untrusted(() => connector.UpdateAsync(copy.Address, copy.ActivityId, activity, cancellationToken)));
        }

        switch (target)
        {
            case ConversationTarget conversation:
                return (conversation.Reference.Address, await SendAsync(connector, conversation.Reference.Address, activity, cancellationToken));
            case PersonalChatTarget { ConversationId: { } known } personal:
                var knownAddress = new ConversationAddress(personal.ServiceUrl, known, personal.TenantId);
                return (knownAddress, await SendAsync(connector, knownAddress, activity, cancellationToken));
            case PersonalChatTarget personal:
                var chat = await Untrusted(() => connector.CreatePersonalConversationAsync(
                    personal.ServiceUrl, personal.BotId, personal.TeamsUserId ?? personal.UserAadObjectId, personal.TenantId, cancellationToken));
                var chatId = chat?.Id is { Length: > 0 } id ? id : throw new UndeliverableException("Teams created a personal chat without an id.");
                var address = new ConversationAddress(chat.ServiceUrl ?? personal.ServiceUrl, chatId, personal.TenantId);
                var posted = await SendAsync(connector, address, activity, cancellationToken);
                await RememberChatAsync(personal, address);
                return (address, posted);
            default:
                throw new InvalidOperationException($"Unknown delivery target {target.GetType().Name}.");
        }
    }

    private static Task<string?> SendAsync(ConnectorClient connector, ConversationAddress address, Activity activity, CancellationToken cancellationToken) =>
        Untrusted(() => connector.SendAsync(address, activity, cancellationToken));

    /// <summary>The Connector refuses an untrusted serviceUrl before it sends anything; that is this target's failure alone.</summary>
    private static async Task<T> Untrusted<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (InvalidOperationException ex)
        {
            throw new UndeliverableException(ex.Message);
        }
    }

    /// <summary>
    /// Keeps a chat Teams just created, so the next job posts to it directly: one Connector call per member
    /// instead of two, which halves a large fan-out's share of the tenant's 50 calls a second.
    /// </summary>
    private async Task RememberChatAsync(PersonalChatTarget personal, ConversationAddress address)
    {
        try
        {
            await references.RememberCreatedChatAsync(address, personal.BotId, personal.TeamsUserId, personal.UserAadObjectId, time.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The post is out; not remembering the chat only costs the next job a create call.
            SchedulingLog.ChatNotRemembered(logger, jobId, personal.Key, ex);
        }
    }

    /// <summary>4xx and 503 are answered before anything is posted; 500/502/504 and lost connections are ambiguous.</summary>
    private static bool NothingPosted(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 || status == HttpStatusCode.ServiceUnavailable;
}

/// <summary>A target nothing could be posted to; the fan-out goes on without it.</summary>
internal sealed class UndeliverableException(string message) : Exception(message);

/// <summary>This instance's lease on the job expired and another may hold it.</summary>
internal sealed class LeaseLostException(long jobId) : Exception($"The lease on job {jobId} was lost.");
