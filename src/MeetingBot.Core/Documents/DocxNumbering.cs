using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Core.Documents;

/// <summary>
/// The numbering part: one bulleted list definition, used for the lists inside att-clauses
/// (e.g. the meeting dates of a year). A real list rather than typed dashes, so that Word keeps
/// the hanging indent when the secretary edits the entries.
/// </summary>
internal static class DocxNumbering
{
    public const int BulletListId = 1;

    public static Numbering Create() =>
        new(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = "–" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
                {
                    LevelIndex = 0,
                })
            {
                AbstractNumberId = 0,
            },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletListId });
}
