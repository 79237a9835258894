using MeetingBot.Bot.Downloads;
using MeetingBot.Calendar.Graph;
using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar;

/// <summary>
/// Invitations that go out through Outlook must link to the agenda, so a tenant needs the agenda address;
/// a short or garbled feed link key would sign weak or no links.
/// </summary>
internal sealed class SeriesCalendarOptionsValidator(IConfiguration configuration) : IValidateOptions<SeriesCalendarOptions>
{
    private const string P = SeriesCalendarOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, SeriesCalendarOptions options)
    {
        List<string> errors = [];
        if (string.IsNullOrWhiteSpace(options.Subject))
        {
            errors.Add($"{P}Subject must not be empty.");
        }

        var tenant = !string.IsNullOrWhiteSpace(configuration[$"{GraphCalendarOptions.Section}:TenantId"]);
        if (options.AgendaBaseUrl is { IsAbsoluteUri: false } || (tenant && options.AgendaBaseUrl is null))
        {
            errors.Add($"{P}AgendaBaseUrl must be an absolute URL (required when {GraphCalendarOptions.Section}:TenantId is set).");
        }

        if (!string.IsNullOrWhiteSpace(options.FeedLinkKey) && DownloadLinkOptions.Decode(options.FeedLinkKey) is not { Length: >= DownloadLinkOptions.MinimumKeyBytes })
        {
            errors.Add($"{P}FeedLinkKey must be base64 of at least {DownloadLinkOptions.MinimumKeyBytes} random bytes (e.g. openssl rand -base64 32).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
