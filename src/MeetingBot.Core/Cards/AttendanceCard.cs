using System.Globalization;

namespace MeetingBot.Core.Cards;

/// <summary>
/// The secretariat's view of who comes to a meeting, organisation by organisation. It shows the
/// members' comments, so it is sent to the secretariat only.
/// </summary>
public static class AttendanceCard
{
    public static AdaptiveCard Build(AttendanceCardModel model, CardLanguage language = CardLanguage.Swedish)
    {
        ArgumentNullException.ThrowIfNull(model);
        var texts = CardTexts.For(language);
        List<CardElement> body =
        [
            TextBlock.Heading($"{texts.AttendanceHeading}: {model.Title}"),
            new TextBlock(texts.Date(model.Date)) { IsSubtle = true, Spacing = "None" },
            new TextBlock(texts.Tally(AttendanceTally.Of(model.Entries.Select(e => e.Status)))) { Weight = "Bolder" },
        ];
        // Organisations in the order the roster lists them: the secretariat's order, and no
        // dependence on the machine's collation data for Å, Ä and Ö.
        foreach (var organisation in model.Entries.GroupBy(e => e.Member.Organisation))
        {
            body.Add(new Container(
            [
                new TextBlock(organisation.Key) { Weight = "Bolder" },
                new FactSet(
                [
                    new Fact(texts.Coming, Names(organisation, AttendanceStatus.Coming, e => e.Member.Name, texts)),
                    new Fact(texts.Declined, Names(organisation, AttendanceStatus.Declined, e => Apology(e, texts), texts)),
                    new Fact(texts.NotAnswered, Names(organisation, AttendanceStatus.NotAnswered, e => e.Member.Name, texts)),
                ]) { Spacing = "Small" },
            ]) { Separator = true, Spacing = "Medium" });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                ExecuteAction.WithSubmitFallback(texts.Remind, CardVerbs.Remind, CardInputs.MeetingData(model.MeetingId)),
                ExecuteAction.WithSubmitFallback(texts.CreateDraft, CardVerbs.CreateDraft, CardInputs.MeetingData(model.MeetingId)),
            ],
        };
    }

    private static string Names(IEnumerable<AttendanceEntry> entries, AttendanceStatus status, Func<AttendanceEntry, string> line, CardTexts texts)
    {
        var lines = entries.Where(e => e.Status == status).Select(line).ToList();
        return lines.Count == 0 ? texts.Nobody : string.Join("\n", lines);
    }

    private static string Apology(AttendanceEntry entry, CardTexts texts)
    {
        List<string> details = [];
        if (entry.Substitute is { } substitute)
        {
            details.Add(string.Format(CultureInfo.InvariantCulture, texts.SubstituteNamed, substitute));
        }

        if (entry.Comment is { } comment)
        {
            details.Add(string.Format(CultureInfo.InvariantCulture, texts.CommentNamed, comment));
        }

        return details.Count == 0 ? entry.Member.Name : $"{entry.Member.Name} ({string.Join("; ", details)})";
    }
}
