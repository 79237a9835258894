using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Storage;

/// <summary>
/// Remembers which activities were handled, so Teams' re-deliveries are handled once. Implementations
/// must make <see cref="TryClaimAsync"/> atomic across instances (a unique key, not check-then-insert).
/// </summary>
public interface IActivityDeduplicationStore
{
    /// <summary>
    /// Claims <paramref name="key"/> until <paramref name="expiresAt"/>. The first caller gets
    /// <see cref="DeduplicationClaim.IsFirst"/>; later callers get whatever invoke response was saved so far.
    /// An expired claim counts as absent.
    /// </summary>
    Task<DeduplicationClaim> TryClaimAsync(ActivityKey key, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Keeps the response of a handled invoke so a repeated delivery can be answered with it.</summary>
    Task SaveInvokeResponseAsync(ActivityKey key, InvokeResponse response, CancellationToken cancellationToken);

    /// <summary>Drops a claim whose handling failed before anything was answered, so a retry may try again.</summary>
    Task ReleaseAsync(ActivityKey key, CancellationToken cancellationToken);
}

/// <param name="IsFirst">True for the delivery that should be handled.</param>
/// <param name="InvokeResponse">For a duplicate invoke: the first delivery's response, once saved.</param>
public sealed record DeduplicationClaim(bool IsFirst, InvokeResponse? InvokeResponse)
{
    public static readonly DeduplicationClaim First = new(true, null);
}
