using System.Text;

namespace MeetingBot.Core.Roster;

/// <summary>
/// Splits CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) into records,
/// each with the line it starts on so errors can point at it. Blank lines are skipped.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldWasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0 && !fieldWasQuoted)
            {
                quoted = fieldWasQuoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldWasQuoted = false;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (fields.Count > 0 || field.Length > 0 || fieldWasQuoted)
                {
                    fields.Add(field.ToString());
                    yield return (recordLine, fields);
                    fields = [];
                }

                field.Clear();
                fieldWasQuoted = false;
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new DomainException($"line {recordLine}: a quoted field is not closed.");
        }

        if (fields.Count > 0 || field.Length > 0 || fieldWasQuoted)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }
}
