using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MeetingBot.Storage;

/// <summary>Stores an enum as its lower-case name ("secretariat"), readable in SQL and stable under reordering.</summary>
internal sealed class LowercaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => Text(value),
    text => Value(text))
    where TEnum : struct, Enum
{
    /// <summary>The stored text, for raw SQL that writes what EF writes.</summary>
    public static string Text(TEnum value) => value.ToString().ToLowerInvariant();

    /// <summary>The value a stored text names, for raw SQL that reads what EF wrote.</summary>
    public static TEnum Value(string text) => Enum.Parse<TEnum>(text, true);
}
