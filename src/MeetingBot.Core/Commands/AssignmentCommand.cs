using System.Globalization;

namespace MeetingBot.Core.Commands;

/// <summary>
/// "uppdrag" (or "öppna uppdrag", "visa uppdrag") lists open assignments; "uppdrag klart 12" (also
/// "klar", "klara", "uppdrag 12 klart") marks one done. A question such as "vilka uppdrag är öppna"
/// is not a command: it goes to the question path.
/// </summary>
internal static class AssignmentCommand
{
    private static readonly string[] Nouns = ["uppdrag", "uppdragen"];
    private static readonly string[] Done = ["klart", "klar", "klara", "avklarat", "avklarad"];

    public static ChatCommand? Parse(string[] words) => words switch
    {
        [var noun] when Nouns.Contains(noun) => new ChatCommand(CommandKind.Assignments),
        ["öppna" or "alla", var noun] when Nouns.Contains(noun) => new ChatCommand(CommandKind.Assignments),
        [var noun, var done, var id] when Nouns.Contains(noun) && Done.Contains(done) => Numbered(id),
        [var noun, var id, var done] when Nouns.Contains(noun) && Done.Contains(done) => Numbered(id),
        [var noun, var done] when Nouns.Contains(noun) && Done.Contains(done) => new ChatCommand(CommandKind.AssignmentDone),
        _ => null,
    };

    private static ChatCommand? Numbered(string id) =>
        int.TryParse(id.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new ChatCommand(CommandKind.AssignmentDone, Number: number)
            : null;
}
