using System.Text.RegularExpressions;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Commands;

/// <summary>
/// Reads the secretariat's and members' commands from chat text, tolerant of wording ("posta
/// dagordningen för den 23:e januari") and of how dates are written. Anything that is not clearly a
/// command returns null and is answered as a question, so a long sentence that merely starts with
/// a command word is never taken for one.
/// </summary>
public static partial class ChatCommandParser
{
    // Leftover words beyond this many after the keyword and the date mean a sentence, not a command.
    private const int MaxLeftoverWords = 3;

    private static readonly string[] LeadingVerbs = ["posta", "skicka", "visa", "publicera", "skapa", "gör", "lägg", "ut", "upp", "in", "kan", "du", "snälla"];

    private static readonly string[] Fillers = ["för", "den", "till", "mötet", "möte", "om", "på", "vid", "inför", "protokoll", "protokollet", "ut", "år", "året"];

    private static readonly (CommandKind Kind, string[] Keywords)[] Keywords =
    [
        (CommandKind.CreateSeries, ["mötesserie", "mötesserien", "serie", "serien"]),
        (CommandKind.EditAgenda, ["ändra dagordning", "ändra dagordningen", "redigera dagordning", "redigera dagordningen"]),
        (CommandKind.PostAgenda, ["dagordning", "dagordningen"]),
        (CommandKind.Remind, ["påminn", "påminnelse", "påminnelser"]),
        (CommandKind.Attendance, ["närvaro", "närvaron", "närvarolista", "närvarolistan"]),
        (CommandKind.ProtocolDraft, ["protokollutkast", "protokollsutkast", "protokollutkastet", "utkast"]),
        (CommandKind.FinaliseProtocol, ["fastställ", "fastställa"]),

        // "skicka för justering": the leading "skicka" is dropped above, so the keyword starts at "för".
        (CommandKind.SendForJustering, ["för justering", "till justering", "protokollet för justering", "protokollet till justering"]),
        (CommandKind.JusteringStatus, ["justering", "justeringen", "justeringsstatus", "status för justering", "status för justeringen"]),
    ];

    public static ChatCommand? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var withoutMention = Mention().Replace(text, " ");
        var lines = withoutMention.Split('\n');
        var first = Normalise(lines[0]);
        var body = string.Join('\n', lines.Skip(1)).Trim();
        if (first.Length == 0)
        {
            return null;
        }

        switch (first)
        {
            case "hej" or "hallå" or "hejsan":
                return new ChatCommand(CommandKind.Greeting);
            case "hjälp" or "help" or "vad kan du" or "vad kan du göra":
                return new ChatCommand(CommandKind.Help);
            case "använd den här kanalen" or "använd denna kanal" or "använd kanalen" or "använd den här kanalen för dagordningar"
                or "använd den här kanalen för dagordningen" or "dagordningar här" or "posta dagordningar här" or "posta dagordningen här":
                return new ChatCommand(CommandKind.UseChannel);
        }

        if (Language(first) is { } language)
        {
            return language;
        }

        if (PlaceCommand.Parse(lines[0]) is { } place)
        {
            return place;
        }

        if (SignatoriesCommand.Parse(lines[0]) is { } signatories)
        {
            return signatories;
        }

        var words = DropLeading(first.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words is ["mina", "möten" or "möte", .. var rest] && rest.Length <= MaxLeftoverWords)
        {
            return new ChatCommand(CommandKind.MyMeetings);
        }

        if (words is ["min" or "mitt", "kalender" or "kalenderlänk" or "kalenderflöde" or "kalenderfil", .. var more] && more.Length <= MaxLeftoverWords)
        {
            return new ChatCommand(CommandKind.MyCalendar);
        }

        if (AssignmentCommand.Parse(words) is { } assignments)
        {
            return assignments;
        }

        var phrase = string.Join(' ', words);
        foreach (var (kind, keywords) in Keywords)
        {
            var keyword = keywords.FirstOrDefault(k => phrase == k || phrase.StartsWith(k + " ", StringComparison.Ordinal));
            if (keyword is null)
            {
                continue;
            }

            var remainder = phrase[keyword.Length..].Trim();
            return kind == CommandKind.CreateSeries ? Series(remainder) : ForMeeting(kind, remainder, body);
        }

        return null;
    }

    /// <summary>
    /// "språk engelska", "språk svenska", or in English "language english" / "language swedish"
    /// (an English speaker finds the way back too). "språk" alone, or an unknown language, still
    /// answers, with the choices.
    /// </summary>
    private static ChatCommand? Language(string first)
    {
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words is not ["språk" or "language", .. var rest] || rest.Length > 1)
        {
            return null;
        }

        CardLanguage? chosen = rest switch
        {
            ["svenska" or "swedish" or "sv"] => CardLanguage.Swedish,
            ["engelska" or "english" or "en"] => CardLanguage.English,
            _ => null,
        };
        return new ChatCommand(CommandKind.Language, Language: chosen);
    }

    private static ChatCommand? Series(string remainder)
    {
        var year = Year().Match(remainder);
        var leftover = Year().Replace(remainder, " ");
        return Leftover(leftover) > MaxLeftoverWords
            ? null
            : new ChatCommand(CommandKind.CreateSeries, Year: year.Success ? int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    private static ChatCommand? ForMeeting(CommandKind kind, string remainder, string body)
    {
        MeetingReference? meeting = null;
        var leftover = remainder;
        var next = Next().Match(remainder);
        if (next.Success)
        {
            meeting = MeetingReference.Next;
            leftover = Next().Replace(remainder, " ");
        }
        else if (SwedishDate.Find(remainder) is { } date)
        {
            meeting = new MeetingReference(date);
            leftover = DateText().Replace(remainder, " ");
        }

        return Leftover(leftover) > MaxLeftoverWords
            ? null
            : new ChatCommand(kind, meeting, Body: body.Length == 0 ? null : body);
    }

    private static int Leftover(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => !Fillers.Contains(w));

    private static string[] DropLeading(string[] words)
    {
        var skip = 0;
        while (skip < words.Length - 1 && LeadingVerbs.Contains(words[skip]))
        {
            skip++;
        }

        return words[skip..];
    }

    /// <summary>Lower case, ordinal suffixes dropped ("23:e" → "23"), punctuation at word ends gone, spaces collapsed.</summary>
    private static string Normalise(string line)
    {
        var lower = line.Trim().ToLowerInvariant();
        lower = Ordinal().Replace(lower, "$1");
        lower = Punctuation().Replace(lower, " ");
        return Spaces().Replace(lower, " ").Trim();
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\b(\d{1,2}):?(?:e|a)\b")]
    private static partial Regex Ordinal();

    // Keeps '/', '-' and '.' inside dates ("23/1", "2026-01-23", "11 dec.") but drops sentence punctuation.
    [GeneratedRegex(@"[?!,;:""'()]|\.(?=\s|$)")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\bnästa(?:\s+möte(?:t)?)?\b")]
    private static partial Regex Next();

    [GeneratedRegex(@"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}(?:[/-]\d{2,4})?\b|\b\d{1,2}\s+[a-zåäö]{3,9}\.?(?:\s+\d{4})?")]
    private static partial Regex DateText();
}
