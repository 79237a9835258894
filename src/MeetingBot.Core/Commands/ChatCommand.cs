using MeetingBot.Core.Cards;

namespace MeetingBot.Core.Commands;

/// <summary>What someone asked the bot to do in chat.</summary>
public enum CommandKind
{
    Greeting,
    Help,
    MyMeetings,
    CreateSeries,
    PostAgenda,
    EditAgenda,
    Remind,
    Attendance,
    ProtocolDraft,
    FinaliseProtocol,

    /// <summary>"använd den här kanalen": the channel it is written in becomes the one agendas go to.</summary>
    UseChannel,

    /// <summary>"min kalender": the member's own link to the series' calendar feed.</summary>
    MyCalendar,

    /// <summary>"språk engelska" / "språk svenska": the language of the speaker's own cards and messages.</summary>
    Language,

    /// <summary>"plats 23 januari: Stadshuset, Helsingborg" or "plats alla möten 2026: …": where meetings are held.</summary>
    SetPlace,

    /// <summary>"justerare 23 januari: Kristina Magnusson, Christian Dahlmann" or "justerare alla möten 2026: …": who approves the protocol.</summary>
    SetSignatories,

    /// <summary>"skicka för justering 23 januari": the finalised protocol to each signatory's personal chat.</summary>
    SendForJustering,

    /// <summary>"justering 23 januari": who has approved the protocol and who has not.</summary>
    JusteringStatus,

    /// <summary>"uppdrag": the open assignments the speaker may see.</summary>
    Assignments,

    /// <summary>"uppdrag klart 12": the secretariat marks assignment 12 done.</summary>
    AssignmentDone,
}

/// <summary>
/// A recognised chat command. <see cref="Meeting"/> is null when the command needs a meeting but
/// none was named (the handler asks which); <see cref="Body"/> holds the lines after the first one,
/// e.g. an agenda pasted under <c>ändra dagordning 23 januari</c>. <see cref="Language"/> is the
/// language chosen by <see cref="CommandKind.Language"/>; null there when the word was not one the bot knows.
/// <see cref="Place"/> is the place <c>plats</c> sets, as written; with <see cref="Year"/> and no meeting it is for the whole series.
/// <see cref="Names"/> are the signatories <c>justerare</c> names, as written (matched to the roster by the handler).
/// <see cref="Number"/> is the assignment <c>uppdrag klart N</c> names.
/// </summary>
public sealed record ChatCommand(CommandKind Kind, MeetingReference? Meeting = null, int? Year = null, string? Body = null, CardLanguage? Language = null, string? Place = null, IReadOnlyList<string>? Names = null, int? Number = null)
{
    /// <summary>Commands only the secretariat may run.</summary>
    public bool IsSecretariatOnly => Kind is CommandKind.CreateSeries or CommandKind.PostAgenda or CommandKind.EditAgenda
        or CommandKind.Remind or CommandKind.Attendance or CommandKind.ProtocolDraft or CommandKind.FinaliseProtocol
        or CommandKind.UseChannel or CommandKind.SetPlace or CommandKind.SetSignatories or CommandKind.SendForJustering or CommandKind.AssignmentDone;
}
