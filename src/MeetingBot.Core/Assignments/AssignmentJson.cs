using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MeetingBot.Core.Json;

namespace MeetingBot.Core.Assignments;

/// <summary>
/// The JSON contract of <c>assignments list --json</c>, keys in this order:
/// <c>[{"protocol":"6/2025","item":2,"owner":"sekretariatet","task":"…","due":"2025-10-31","dueText":"till styrelsemötet den 31 oktober","status":"open"}]</c>.
/// <c>due</c> and <c>dueText</c> are null when the decision names no date; <c>status</c> is open or done.
/// </summary>
public static class AssignmentJson
{
    private static readonly JsonSerializerOptions Options =
        WireOptions.Create(AssignmentJsonContext.Default, AssignmentJsonContext.Default.Options);

    private static JsonTypeInfo<IReadOnlyList<AssignmentWire>> TypeInfo =>
        (JsonTypeInfo<IReadOnlyList<AssignmentWire>>)Options.GetTypeInfo(typeof(IReadOnlyList<AssignmentWire>));

    public static string Serialize(IEnumerable<TrackedAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        IReadOnlyList<AssignmentWire> wire =
        [
            .. assignments.Select(t => new AssignmentWire(
                t.Assignment.Protocol, t.Assignment.Item, t.Assignment.Owner, t.Assignment.Task,
                t.Assignment.Due, t.Assignment.DueText, t.Status)),
        ];
        return JsonSerializer.Serialize(wire, TypeInfo);
    }
}

internal sealed record AssignmentWire(string Protocol, int Item, string Owner, string Task, DateOnly? Due, string? DueText, string Status);
