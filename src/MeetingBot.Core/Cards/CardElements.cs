namespace MeetingBot.Core.Cards;

public abstract record CardElement
{
    public string? Id { get; init; }

    public bool? Separator { get; init; }

    public string? Spacing { get; init; }
}

public sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap { get; init; } = true;

    public string? Weight { get; init; }

    public string? Size { get; init; }

    /// <summary>"heading" makes the block a heading for screen readers (1.5).</summary>
    public string? Style { get; init; }

    public bool? IsSubtle { get; init; }

    public string? Color { get; init; }

    public static TextBlock Heading(string text) => new(text) { Style = "heading", Weight = "Bolder", Size = "Medium" };
}

public sealed record Fact(string Title, string Value);

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }
}

public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string? Width { get; init; }
}

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;

/// <summary>A text input; <see cref="Label"/> is required so every input is announced.</summary>
public sealed record TextInput(string Label) : CardElement
{
    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Value { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}

public sealed record Choice(string Title, string Value);

public sealed record ChoiceSetInput(string Label, IReadOnlyList<Choice> Choices) : CardElement
{
    /// <summary>"compact" (a drop-down) or "expanded" (radio buttons).</summary>
    public string? Style { get; init; }

    public string? Value { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    public string? Placeholder { get; init; }
}
