namespace MeetingBot.Core.Text;

/// <summary>Swedish month names as protocols write them: in full ("januari") or abbreviated ("jan", "jan.", "sept").</summary>
internal static class SwedishMonths
{
    /// <summary>A regex alternation matching any month name; longest forms first so "mars" wins over "mar".</summary>
    public const string Pattern =
        "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
        + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec";

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1, ["jan"] = 1,
        ["februari"] = 2, ["feb"] = 2,
        ["mars"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["maj"] = 5,
        ["juni"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["jul"] = 7,
        ["augusti"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9,
        ["oktober"] = 10, ["okt"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    public static int? Number(string name) =>
        Numbers.TryGetValue(name.TrimEnd('.'), out var number) ? number : null;
}
