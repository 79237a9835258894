namespace MeetingBot.Core.Meetings;

/// <summary>
/// Protocols are numbered per year ("nr 5 2025"): a new one takes the number after the highest
/// already stored for its year, imported protocols included, so numbering continues where the
/// paper series left off; the first of a year is nr 1.
/// </summary>
public static class ProtocolNumbering
{
    public static int Next(IEnumerable<int> numbersOfTheYear)
    {
        ArgumentNullException.ThrowIfNull(numbersOfTheYear);
        return numbersOfTheYear.DefaultIfEmpty(0).Max() + 1;
    }
}
