using System.Text.RegularExpressions;

namespace MeetingBot.Core.Questions;

/// <summary>Recognises what kind of question was asked, by the words Swedish speakers use for it.</summary>
internal static partial class QuestionIntent
{
    public static bool IsNextMeeting(string question) => NextMeeting().IsMatch(question);

    public static bool IsAttendance(string question) => Attendance().IsMatch(question);

    public static bool AsksForAbsent(string question) => Absent().IsMatch(question);

    /// <summary>"Vilka uppdrag är öppna?", "Vad har sekretariatet fått i uppdrag?"; a question about a decision ("beslut…") is not.</summary>
    public static bool IsAssignments(string question) => Assignment().IsMatch(question) && !Decision().IsMatch(question);

    public static bool AsksForOpenOnly(string question) => OpenOnly().IsMatch(question);

    [GeneratedRegex(@"\b(uppdrag|uppdraget|uppdragen|återrapportering|återrapporteringar)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\bbeslut", RegexOptions.IgnoreCase)]
    private static partial Regex Decision();

    [GeneratedRegex(@"\b(öppna|öppet|pågående|kvar|inte\s+klara|ej\s+klara|återstår)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpenOnly();

    [GeneratedRegex(@"\b(nästa|kommande|närmaste)\s+(möte|sammanträde|träff)", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeeting();

    [GeneratedRegex(@"\b(förhinder|närvarande|närvaro|frånvarande|frånvaro|deltog|deltagare|vilka\s+var\s+(med|där)|vem\s+var\s+(med|där)|anmälde)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Attendance();

    [GeneratedRegex(@"\b(förhinder|frånvarande|frånvaro|anmälde)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Absent();
}
