using Microsoft.Extensions.Options;

namespace MeetingBot.Justering;

/// <summary>
/// <c>Justering:*</c>. <see cref="DefaultSignatories"/> are roster names used for a protocol when neither
/// its meeting nor its year's series has signatories set in chat; <see cref="ReminderAfterDays"/> is how
/// long a signatory may leave a version unanswered before the bot reminds them (once per version).
/// </summary>
internal sealed class JusteringOptions
{
    public const string Section = "Justering";

    public string[] DefaultSignatories { get; set; } = [];

    public int ReminderAfterDays { get; set; } = 3;
}

internal sealed class JusteringOptionsValidator : IValidateOptions<JusteringOptions>
{
    public ValidateOptionsResult Validate(string? name, JusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> errors = [];
        if (options.ReminderAfterDays is < 1 or > 60)
        {
            errors.Add($"{JusteringOptions.Section}:{nameof(JusteringOptions.ReminderAfterDays)} must be between 1 and 60 days (was {options.ReminderAfterDays}).");
        }

        if (options.DefaultSignatories.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{JusteringOptions.Section}:{nameof(JusteringOptions.DefaultSignatories)} has an empty name.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
