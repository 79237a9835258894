namespace MeetingBot.Core.Documents;

/// <summary>What a block of a protocol document is; the writers map each kind to a style.</summary>
internal enum OutlineKind
{
    Title,
    Subtitle,
    Heading1,
    Heading2,
    Plain,

    /// <summary>A paragraph opening with a bold <see cref="OutlineBlock.Label"/>, e.g. "Föredragande:".</summary>
    Labelled,

    /// <summary>Names in two columns, filled row by row (<see cref="OutlineBlock.Names"/>).</summary>
    People,

    /// <summary>An entry of the list inside an att-clause.</summary>
    ListEntry,

    /// <summary>"Mötet avslutas": set apart from the last item but not a heading.</summary>
    Closing,
}

/// <summary>One block of <see cref="ProtocolOutline"/>.</summary>
internal sealed record OutlineBlock(OutlineKind Kind, string Text)
{
    public string? Label { get; init; }

    public IReadOnlyList<string> Names { get; init; } = [];

    public static OutlineBlock Labelled(string label, string text) => new(OutlineKind.Labelled, text) { Label = label };

    public static OutlineBlock People(IReadOnlyList<string> names) => new(OutlineKind.People, string.Empty) { Names = names };
}
