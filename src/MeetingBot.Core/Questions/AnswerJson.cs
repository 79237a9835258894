using System.Text.Json;
using System.Text.Json.Serialization;
using MeetingBot.Core.Json;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Questions;

/// <summary>
/// The JSON contract of <c>ask --json</c>: <c>{"question","answers":[…],"text"}</c>, each answer in
/// the shape of its kind, dates "yyyy-MM-dd", times "HH:mm", Swedish letters unescaped.
/// </summary>
public static class AnswerJson
{
    private static readonly JsonSerializerOptions Options = WireOptions.Create(AnswerJsonContext.Default, AnswerJsonContext.Default.Options);

    public static string Serialize(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return JsonSerializer.Serialize(new AnswerDocument(answer.Question, answer.Answers, answer.Text),
            (System.Text.Json.Serialization.Metadata.JsonTypeInfo<AnswerDocument>)Options.GetTypeInfo(typeof(AnswerDocument)));
    }
}

internal sealed record AnswerDocument(string Question, IReadOnlyList<AnswerItem> Answers, string Text);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, Converters = [typeof(IsoDateConverter), typeof(ClockTimeConverter)])]
[JsonSerializable(typeof(AnswerDocument))]
[JsonSerializable(typeof(Participant))]
internal sealed partial class AnswerJsonContext : JsonSerializerContext;
