using MeetingBot.Core.Cards;

namespace MeetingBot.Core.Meetings;

/// <summary>
/// One meeting of a series with its agenda. <see cref="Id"/> is the stored meeting's id; cards carry
/// it as a string. <see cref="Start"/> and <see cref="End"/> are Stockholm local times on <see cref="Date"/>;
/// <see cref="StartsAt"/> is the instant answers are refused from.
/// </summary>
public sealed record Meeting(
    int Id,
    string Title,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    string Location,
    Uri? JoinUrl,
    MeetingState State,
    IReadOnlyList<AgendaItem> Agenda)
{
    public DateTimeOffset StartsAt { get; init; }

    public DateTimeOffset EndsAt { get; init; }

    /// <summary>The id as cards carry it in their data.</summary>
    public string CardId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
