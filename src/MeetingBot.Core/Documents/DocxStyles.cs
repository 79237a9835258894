using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Core.Documents;

/// <summary>
/// The styles part of a protocol document. Headings are Word's built-in style ids (Title,
/// Heading1, Heading2) so that the navigation pane, the table of contents and screen readers see
/// them as headings; the language is Swedish so that Word checks the spelling in Swedish.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string ListParagraph = "ListParagraph";

    // Arial has metric-compatible substitutes (Liberation Sans) wherever LibreOffice runs, and full Swedish glyphs.
    private const string BodyFont = "Arial";
    private const string Language = "sv-SE";

    public static Styles Create() =>
        new(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, ComplexScript = BodyFont, EastAsia = BodyFont },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = Language, EastAsia = Language, Bidi = Language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph,
                StyleId = Normal,
                Default = true,
            },
            Paragraph(Title, "Title", sizeHalfPoints: 44, spaceBefore: 0, spaceAfter: 60, outlineLevel: null),
            Paragraph(Subtitle, "Subtitle", sizeHalfPoints: 30, spaceBefore: 0, spaceAfter: 240, outlineLevel: null),
            Paragraph(Heading1, "heading 1", sizeHalfPoints: 28, spaceBefore: 360, spaceAfter: 120, outlineLevel: 0),
            Paragraph(Heading2, "heading 2", sizeHalfPoints: 24, spaceBefore: 200, spaceAfter: 80, outlineLevel: 1),
            new Style(
                new StyleName { Val = "List Paragraph" },
                new BasedOn { Val = Normal },
                new UIPriority { Val = 34 },
                new PrimaryStyle(),
                new StyleParagraphProperties(
                    new SpacingBetweenLines { After = "0" },
                    new Indentation { Left = "720" },
                    new ContextualSpacing()))
            {
                Type = StyleValues.Paragraph,
                StyleId = ListParagraph,
            });

    private static Style Paragraph(string styleId, string name, int sizeHalfPoints, int spaceBefore, int spaceAfter, int? outlineLevel)
    {
        var paragraph = new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = $"{spaceBefore}", After = $"{spaceAfter}" });
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var size = $"{sizeHalfPoints}";
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = Normal },
            new NextParagraphStyle { Val = Normal },
            new UIPriority { Val = outlineLevel is null ? 10 : 9 },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(
                new Bold(),
                new BoldComplexScript(),
                new FontSize { Val = size },
                new FontSizeComplexScript { Val = size }))
        {
            Type = StyleValues.Paragraph,
            StyleId = styleId,
        };
    }
}
