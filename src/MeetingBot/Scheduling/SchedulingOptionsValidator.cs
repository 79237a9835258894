using MeetingBot.Calendar.Graph;
using Microsoft.Extensions.Options;

namespace MeetingBot.Scheduling;

internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var errors = new List<string>();
        Days(errors, nameof(options.AgendaDaysBefore), options.AgendaDaysBefore);
        Days(errors, nameof(options.EmptyAgendaDaysBefore), options.EmptyAgendaDaysBefore);
        Days(errors, nameof(options.ReminderDaysBefore), options.ReminderDaysBefore);
        Positive(errors, nameof(options.PollInterval), options.PollInterval);
        Positive(errors, nameof(options.LeaseDuration), options.LeaseDuration);
        Positive(errors, nameof(options.PlanInterval), options.PlanInterval);
        Positive(errors, nameof(options.RetryDelay), options.RetryDelay);
        Positive(errors, nameof(options.RsvpRereadInterval), options.RsvpRereadInterval);
        Positive(errors, nameof(options.DraftOfferUsefulFor), options.DraftOfferUsefulFor);
        var longestRenewal = GraphSubscriptionLifetime.LongestRenewalInterval;
        if (options.SubscriptionRenewalInterval <= TimeSpan.Zero || options.SubscriptionRenewalInterval > longestRenewal)
        {
            errors.Add($"{Key(nameof(options.SubscriptionRenewalInterval))} must be positive and at most {longestRenewal} (the {GraphSubscriptionLifetime.Requested.TotalMinutes}-minute Graph subscription less {GraphSubscriptionLifetime.RenewalMargin} for retries), not {options.SubscriptionRenewalInterval}.");
        }

        if (options.DraftOfferAfterEnd < TimeSpan.Zero)
        {
            errors.Add($"{Key(nameof(options.DraftOfferAfterEnd))} must not be negative, not {options.DraftOfferAfterEnd}.");
        }

        if (options.LeaseDuration > TimeSpan.Zero && options.PollInterval > options.LeaseDuration)
        {
            errors.Add($"{Key(nameof(options.PollInterval))} ({options.PollInterval}) must not exceed {Key(nameof(options.LeaseDuration))} ({options.LeaseDuration}).");
        }

        foreach (var (series, own) in options.Series)
        {
            ValidateSeries(errors, series, own);
        }

        Range(errors, nameof(options.MaxAttempts), options.MaxAttempts, 1, 100);
        Range(errors, nameof(options.MaxConcurrentJobs), options.MaxConcurrentJobs, 1, 64);
        Range(errors, nameof(options.FanOutConcurrency), options.FanOutConcurrency, 1, 256);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string Key(string property) => $"{SchedulingOptions.SectionName}:{property}";

    private static void ValidateSeries(List<string> errors, string series, SeriesScheduleOptions own)
    {
        var prefix = $"{nameof(SchedulingOptions.Series)}:{series}:";
        if (own.AgendaDaysBefore is { } agenda)
        {
            Days(errors, prefix + nameof(own.AgendaDaysBefore), agenda);
        }

        if (own.EmptyAgendaDaysBefore is { } empty)
        {
            Days(errors, prefix + nameof(own.EmptyAgendaDaysBefore), empty);
        }

        if (own.ReminderDaysBefore is { } reminder)
        {
            Days(errors, prefix + nameof(own.ReminderDaysBefore), reminder);
        }

        if (own.DraftOfferAfterEnd < TimeSpan.Zero)
        {
            errors.Add($"{Key(prefix + nameof(own.DraftOfferAfterEnd))} must not be negative, not {own.DraftOfferAfterEnd}.");
        }

        if (own.DraftOfferUsefulFor is { } useful)
        {
            Positive(errors, prefix + nameof(own.DraftOfferUsefulFor), useful);
        }
    }

    private static void Days(List<string> errors, string property, int value) =>
        Range(errors, property, value, 0, 60);

    private static void Range(List<string> errors, string property, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{Key(property)} must be between {min} and {max}, not {value}.");
        }
    }

    private static void Positive(List<string> errors, string property, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{Key(property)} must be a positive time span (e.g. 00:00:15), not {value}.");
        }
    }
}
