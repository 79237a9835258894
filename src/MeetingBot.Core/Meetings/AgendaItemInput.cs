namespace MeetingBot.Core.Meetings;

/// <summary>
/// An agenda item as the secretariat writes it, before it has a number (numbers follow the order).
/// <see cref="Validated"/> trims the text and refuses what the protocol cannot hold.
/// </summary>
public sealed record AgendaItemInput(string Title, string? Summary = null, IReadOnlyList<string>? Presenters = null, IReadOnlyList<string>? Attachments = null)
{
    public const int MaxTitleLength = 500;

    public AgendaItemInput Validated()
    {
        var title = (Title ?? "").Trim();
        if (title.Length == 0)
        {
            throw new DomainException("an agenda item needs a title", new UserMessage("punkten behöver en rubrik.", "the item needs a title."));
        }

        if (title.Length > MaxTitleLength)
        {
            throw new DomainException(
                $"an agenda item's title is longer than {MaxTitleLength} characters",
                new UserMessage($"rubriken är längre än {MaxTitleLength} tecken.", $"the title is longer than {MaxTitleLength} characters."));
        }

        return new AgendaItemInput(
            title,
            string.IsNullOrWhiteSpace(Summary) ? null : Summary.Trim(),
            Clean(Presenters),
            Clean(Attachments));
    }

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        [.. (values ?? []).Select(v => v?.Trim() ?? "").Where(v => v.Length > 0)];
}
