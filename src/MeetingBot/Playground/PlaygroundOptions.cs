namespace MeetingBot.Playground;

/// <summary>The <c>Playground</c> section. The playground itself exists only in Development.</summary>
internal sealed class PlaygroundOptions
{
    public const string SectionName = "Playground";

    /// <summary>
    /// Load the sample protocol, roster and series into an empty database at start-up. Off unless
    /// asked for: <c>serve</c> turns it on (and <c>--no-sample</c> off again), so tests and CLI jobs
    /// that build the same host never find data they did not put there.
    /// </summary>
    public bool SampleData { get; set; }
}
