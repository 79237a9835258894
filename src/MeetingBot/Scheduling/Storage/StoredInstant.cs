using System.Globalization;
using MeetingBot.Storage;

namespace MeetingBot.Scheduling.Storage;

/// <summary>Instants as the raw SQL of the job store must write them: the same text <see cref="StoredInstantConverter"/> stores.</summary>
internal static class StoredInstant
{
    public static string Text(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(StoredInstantConverter.Format, CultureInfo.InvariantCulture);
}
