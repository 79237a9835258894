using Microsoft.Extensions.Options;

namespace MeetingBot.Bot.Downloads;

/// <summary>A short or garbled key would sign weak or no links; the host refuses to start with one.</summary>
internal sealed class DownloadLinkOptionsValidator : IValidateOptions<DownloadLinkOptions>
{
    public ValidateOptionsResult Validate(string? name, DownloadLinkOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DownloadLinkKey) || options.KeyBytes() is { Length: >= DownloadLinkOptions.MinimumKeyBytes })
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            $"{DownloadLinkOptions.KeyName} must be base64 of at least {DownloadLinkOptions.MinimumKeyBytes} random bytes (e.g. openssl rand -base64 32).");
    }
}
