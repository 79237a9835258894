using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MeetingBot.Core.Json;

namespace MeetingBot.Core.Protocols;

/// <summary>
/// The JSON contract of a protocol, as <c>protocol import --json</c> prints it: camelCase, dates
/// "yyyy-MM-dd", times "HH:mm", null for a missing summary or room, å/ä/ö unescaped. The derived
/// <see cref="Protocol.Reference"/> is not part of it.
/// </summary>
public static class ProtocolJson
{
    private static readonly JsonSerializerOptions Options =
        WireOptions.Create(ProtocolJsonContext.Default.WithAddedModifier(WithoutDerivedMembers), ProtocolJsonContext.Default.Options);

    private static JsonTypeInfo<Protocol> TypeInfo => (JsonTypeInfo<Protocol>)Options.GetTypeInfo(typeof(Protocol));

    public static string Serialize(Protocol protocol) => JsonSerializer.Serialize(protocol, TypeInfo);

    private static void WithoutDerivedMembers(JsonTypeInfo info)
    {
        if (info.Type == typeof(Protocol) && info.Properties.FirstOrDefault(p => p.Name == "reference") is { } reference)
        {
            info.Properties.Remove(reference);
        }
    }
}
