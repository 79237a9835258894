using PdfSharp.Fonts;

namespace MeetingBot.Core.Documents;

/// <summary>
/// Serves DejaVu Sans from this assembly's resources to PDFsharp, so every PDF embeds the same
/// freely licensed font whatever is installed on the machine. PDFsharp's resolver is process-wide
/// and may be set only once; <see cref="EnsureInstalled"/> does that the first time a PDF is made.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static readonly PdfFonts Instance = new();

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PdfFonts)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    // Every family resolves to DejaVu Sans: the writer asks for nothing else, and a stray request
    // (e.g. PDFsharp's own default) must still never reach for a system font.
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName)
    {
        var name = $"MeetingBot.Core.Documents.Fonts.{faceName}.ttf";
        using var resource = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the font resource {name} is missing from the build");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    }
}
