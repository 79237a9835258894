namespace MeetingBot.Core.Cards;

/// <summary>
/// What the agenda card shows for one meeting. <see cref="RosterUserIds"/> are the members' Teams
/// ids (MRIs) that get their own view through the card's refresh; at most <see cref="CardRefresh.MaxUserIds"/>.
/// </summary>
public sealed record AgendaCardModel(
    string MeetingId,
    string Title,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    string Location,
    Uri? JoinUrl,
    IReadOnlyList<AgendaItem> Items,
    AttendanceTally Tally,
    IReadOnlyList<string> RosterUserIds);

/// <summary>A person the viewer may name as substitute; <see cref="Id"/> is what the decline sends back.</summary>
public sealed record SubstituteOption(string Id, string Name);

/// <summary>The viewer's own answer, as shown in their personal view of the agenda card.</summary>
public sealed record ViewerAnswer(AttendanceStatus Status, string? SubstituteName = null);

/// <summary>
/// The member looking at the card: their answer (null before they answer) and the people of their
/// own organisation they may send in their place.
/// </summary>
public sealed record AgendaViewer(ViewerAnswer? Answer, IReadOnlyList<SubstituteOption> Substitutes);
