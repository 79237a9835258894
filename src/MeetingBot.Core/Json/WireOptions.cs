using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MeetingBot.Core.Json;

/// <summary>
/// Options shared by the JSON contracts printed by the command line: the source-generated
/// resolver, and an encoder that leaves å/ä/ö and typographic quotes as they are (the output is
/// UTF-8 for people and scripts, never embedded in HTML).
/// </summary>
internal static class WireOptions
{
    public static JsonSerializerOptions Create(IJsonTypeInfoResolver resolver, JsonSerializerOptions generated) =>
        new(generated)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = resolver,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
}
