namespace MeetingBot.Scheduling.Storage;

/// <summary>What the job store says about one target of a fan-out, decided in the transaction that checks the lease.</summary>
internal enum DeliveryDecision
{
    /// <summary>Recorded as sending under our lease: post now.</summary>
    Send,

    /// <summary>Posted before (by us or a crashed instance) and confirmed with an activity id.</summary>
    AlreadySent,

    /// <summary>
    /// A previous holder began posting and never confirmed: it may or may not have reached Teams.
    /// A Connector POST has no idempotency key, so we do not post again (see docs/design-scheduling.md).
    /// </summary>
    Ambiguous,

    /// <summary>Our lease expired and another instance may hold the job: stop.</summary>
    LeaseLost,
}
