using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MeetingBot.Storage;

/// <summary>Stores an enum as its lower-case name ("secretariat"), readable in SQL and stable under reordering.</summary>
internal sealed class LowercaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => value.ToString().ToLowerInvariant(),
    text => Enum.Parse<TEnum>(text, true))
    where TEnum : struct, Enum;
