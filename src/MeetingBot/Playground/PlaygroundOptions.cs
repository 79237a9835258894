namespace MeetingBot.Playground;

/// <summary>The <c>Playground</c> section. The playground itself exists only in Development.</summary>
internal sealed class PlaygroundOptions
{
    public const string SectionName = "Playground";

    /// <summary>
    /// Load the sample protocol, roster and series into an empty database at start-up. Unset means
    /// <see cref="SampleDataDefault"/>; <c>--no-sample</c> sets it to false.
    /// </summary>
    public bool? SampleData { get; set; }

    /// <summary>
    /// Set by <c>serve</c> only, so tests and CLI jobs that build the same host never find data they
    /// did not put there, while <c>Playground__SampleData=false</c> still wins over it.
    /// </summary>
    public bool SampleDataDefault { get; set; }

    public bool LoadsSampleData => SampleData ?? SampleDataDefault;

    /// <summary>
    /// The date the host's clock shows (real time of day), e.g. <c>2026-01-12</c> to answer the sample's
    /// January meeting; unset is the real date. Read only in Development (<see cref="PlaygroundClock"/>).
    /// </summary>
    public DateOnly? Today { get; set; }
}
