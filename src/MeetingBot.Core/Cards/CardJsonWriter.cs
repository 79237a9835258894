using System.Text.Json;

namespace MeetingBot.Core.Cards;

/// <summary>
/// The card wire format's only definition: one switch per element and action kind, names in camelCase, nulls left
/// out. Every RSVP press answers with a card. System.Text.Json's polymorphic metadata path took 13 µs to write a
/// ten-item agenda (about 250 ns an element); this writer takes about 6 µs (<c>AgendaCardBenchmarks</c>), most of it
/// checking the texts for characters to escape.
/// </summary>
internal static class CardJsonWriter
{
    public static void Write(Utf8JsonWriter writer, AdaptiveCard card)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Type, Values.AdaptiveCard);
        writer.WriteString(Names.Schema, Values.SchemaUrl);
        writer.WriteString(Names.Version, card.Version);
        Array(writer, Names.Body, card.Body, WriteElement);
        if (card.Actions is { } actions)
        {
            Array(writer, Names.Actions, actions, WriteAction);
        }

        if (card.Refresh is { } refresh)
        {
            writer.WriteStartObject(Names.Refresh);
            writer.WritePropertyName(Names.Action);
            WriteAction(writer, refresh.Action);
            Array(writer, Names.UserIds, refresh.UserIds, static (w, id) => w.WriteStringValue(id));
            writer.WriteEndObject();
        }

        if (card.Msteams is { } teams)
        {
            writer.WriteStartObject(Names.Msteams);
            writer.WriteString(Names.Width, teams.Width);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void Array<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);

        // By index: a foreach over the interface would allocate an enumerator for every array of every card.
        for (var i = 0; i < items.Count; i++)
        {
            write(writer, items[i]);
        }

        writer.WriteEndArray();
    }

    private static void WriteElement(Utf8JsonWriter writer, CardElement element)
    {
        writer.WriteStartObject();
        switch (element)
        {
            case TextBlock text:
                writer.WriteString(Names.Type, Values.TextBlock);
                writer.WriteString(Names.Text, text.Text);
                writer.WriteBoolean(Names.Wrap, text.Wrap);
                Optional(writer, Names.Weight, text.Weight);
                Optional(writer, Names.Size, text.Size);
                Optional(writer, Names.Style, text.Style);
                Optional(writer, Names.IsSubtle, text.IsSubtle);
                Optional(writer, Names.Color, text.Color);
                break;
            case FactSet facts:
                writer.WriteString(Names.Type, Values.FactSet);
                Array(writer, Names.Facts, facts.Facts, static (w, fact) => TitleAndValue(w, fact.Title, fact.Value));
                break;
            case Container container:
                writer.WriteString(Names.Type, Values.Container);
                Array(writer, Names.Items, container.Items, WriteElement);
                Optional(writer, Names.Style, container.Style);
                break;
            case ColumnSet columns:
                writer.WriteString(Names.Type, Values.ColumnSet);
                Array(writer, Names.Columns, columns.Columns, WriteColumn);
                break;
            case ActionSet set:
                writer.WriteString(Names.Type, Values.ActionSet);
                Array(writer, Names.Actions, set.Actions, WriteAction);
                break;
            case TextInput input:
                writer.WriteString(Names.Type, Values.InputText);
                writer.WriteString(Names.Label, input.Label);
                Optional(writer, Names.Placeholder, input.Placeholder);
                Optional(writer, Names.IsMultiline, input.IsMultiline);
                if (input.MaxLength is { } maxLength)
                {
                    writer.WriteNumber(Names.MaxLength, maxLength);
                }

                Optional(writer, Names.Value, input.Value);
                Optional(writer, Names.IsRequired, input.IsRequired);
                Optional(writer, Names.ErrorMessage, input.ErrorMessage);
                break;
            case ChoiceSetInput choices:
                writer.WriteString(Names.Type, Values.InputChoiceSet);
                writer.WriteString(Names.Label, choices.Label);
                Array(writer, Names.Choices, choices.Choices, static (w, choice) => TitleAndValue(w, choice.Title, choice.Value));
                Optional(writer, Names.Style, choices.Style);
                Optional(writer, Names.Value, choices.Value);
                Optional(writer, Names.IsRequired, choices.IsRequired);
                Optional(writer, Names.ErrorMessage, choices.ErrorMessage);
                Optional(writer, Names.Placeholder, choices.Placeholder);
                break;
            default:
                throw new NotSupportedException($"No card wire format for {element.GetType().Name}.");
        }

        Optional(writer, Names.Id, element.Id);
        Optional(writer, Names.Separator, element.Separator);
        Optional(writer, Names.Spacing, element.Spacing);
        writer.WriteEndObject();
    }

    private static void WriteColumn(Utf8JsonWriter writer, Column column)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Type, Values.Column);
        Array(writer, Names.Items, column.Items, WriteElement);
        Optional(writer, Names.Width, column.Width);
        writer.WriteEndObject();
    }

    /// <summary>A fact or a choice: both are a title and a value.</summary>
    private static void TitleAndValue(Utf8JsonWriter writer, string title, string value)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Title, title);
        writer.WriteString(Names.Value, value);
        writer.WriteEndObject();
    }

    private static void WriteAction(Utf8JsonWriter writer, CardAction action)
    {
        writer.WriteStartObject();
        switch (action)
        {
            case ExecuteAction execute:
                writer.WriteString(Names.Type, Values.ActionExecute);
                writer.WriteString(Names.Verb, execute.Verb);
                Data(writer, execute.Data);
                if (execute.Fallback is { } fallback)
                {
                    writer.WritePropertyName(Names.Fallback);
                    WriteAction(writer, fallback);
                }

                break;
            case SubmitAction submit:
                writer.WriteString(Names.Type, Values.ActionSubmit);
                Data(writer, submit.Data);
                break;
            case OpenUrlAction open:
                writer.WriteString(Names.Type, Values.ActionOpenUrl);
                writer.WriteString(Names.Url, open.Url.OriginalString);
                break;
            case ShowCardAction show:
                writer.WriteString(Names.Type, Values.ActionShowCard);
                writer.WritePropertyName(Names.Card);
                Write(writer, show.Card);
                break;
            default:
                throw new NotSupportedException($"No card wire format for {action.GetType().Name}.");
        }

        writer.WriteString(Names.Title, action.Title);
        Optional(writer, Names.Id, action.Id);
        Optional(writer, Names.Style, action.Style);
        writer.WriteEndObject();
    }

    private static void Data(Utf8JsonWriter writer, System.Text.Json.Nodes.JsonObject? data)
    {
        if (data is not null)
        {
            writer.WritePropertyName(Names.Data);
            data.WriteTo(writer);
        }
    }

    private static void Optional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    /// <summary>Property names, encoded once: the writer checks a plain name for characters to escape on every write.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Schema = JsonEncodedText.Encode("$schema");
        public static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
        public static readonly JsonEncodedText Actions = JsonEncodedText.Encode("actions");
        public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
        public static readonly JsonEncodedText Card = JsonEncodedText.Encode("card");
        public static readonly JsonEncodedText Choices = JsonEncodedText.Encode("choices");
        public static readonly JsonEncodedText Color = JsonEncodedText.Encode("color");
        public static readonly JsonEncodedText Columns = JsonEncodedText.Encode("columns");
        public static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
        public static readonly JsonEncodedText ErrorMessage = JsonEncodedText.Encode("errorMessage");
        public static readonly JsonEncodedText Facts = JsonEncodedText.Encode("facts");
        public static readonly JsonEncodedText Fallback = JsonEncodedText.Encode("fallback");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText IsMultiline = JsonEncodedText.Encode("isMultiline");
        public static readonly JsonEncodedText IsRequired = JsonEncodedText.Encode("isRequired");
        public static readonly JsonEncodedText IsSubtle = JsonEncodedText.Encode("isSubtle");
        public static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText MaxLength = JsonEncodedText.Encode("maxLength");
        public static readonly JsonEncodedText Msteams = JsonEncodedText.Encode("msteams");
        public static readonly JsonEncodedText Placeholder = JsonEncodedText.Encode("placeholder");
        public static readonly JsonEncodedText Refresh = JsonEncodedText.Encode("refresh");
        public static readonly JsonEncodedText Separator = JsonEncodedText.Encode("separator");
        public static readonly JsonEncodedText Size = JsonEncodedText.Encode("size");
        public static readonly JsonEncodedText Spacing = JsonEncodedText.Encode("spacing");
        public static readonly JsonEncodedText Style = JsonEncodedText.Encode("style");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText UserIds = JsonEncodedText.Encode("userIds");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Verb = JsonEncodedText.Encode("verb");
        public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
        public static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");
        public static readonly JsonEncodedText Width = JsonEncodedText.Encode("width");
        public static readonly JsonEncodedText Wrap = JsonEncodedText.Encode("wrap");
    }

    /// <summary>The fixed values: the type discriminators and the schema.</summary>
    private static class Values
    {
        public static readonly JsonEncodedText ActionExecute = JsonEncodedText.Encode("Action.Execute");
        public static readonly JsonEncodedText ActionOpenUrl = JsonEncodedText.Encode("Action.OpenUrl");
        public static readonly JsonEncodedText ActionShowCard = JsonEncodedText.Encode("Action.ShowCard");
        public static readonly JsonEncodedText ActionSubmit = JsonEncodedText.Encode("Action.Submit");
        public static readonly JsonEncodedText ActionSet = JsonEncodedText.Encode("ActionSet");
        public static readonly JsonEncodedText AdaptiveCard = JsonEncodedText.Encode("AdaptiveCard");
        public static readonly JsonEncodedText Column = JsonEncodedText.Encode("Column");
        public static readonly JsonEncodedText ColumnSet = JsonEncodedText.Encode("ColumnSet");
        public static readonly JsonEncodedText Container = JsonEncodedText.Encode("Container");
        public static readonly JsonEncodedText FactSet = JsonEncodedText.Encode("FactSet");
        public static readonly JsonEncodedText InputChoiceSet = JsonEncodedText.Encode("Input.ChoiceSet");
        public static readonly JsonEncodedText InputText = JsonEncodedText.Encode("Input.Text");
        public static readonly JsonEncodedText TextBlock = JsonEncodedText.Encode("TextBlock");
        public static readonly JsonEncodedText SchemaUrl = JsonEncodedText.Encode("http://adaptivecards.io/schemas/adaptive-card.json");
    }
}
