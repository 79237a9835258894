namespace MeetingBot.Tests.Playground;

/// <summary>
/// The playground as a newcomer starts it to try the January meeting: the clock on 12 January 2026
/// (<c>--Playground:Today</c>), so "23 januari" is the sample's coming meeting and answers are accepted.
/// </summary>
public sealed class JanuaryPlaygroundHost : PlaygroundHost
{
    public static DateOnly Today { get; } = new(2026, 1, 12);

    protected override IEnumerable<string> Arguments => ["--Playground:Today=2026-01-12"];
}
