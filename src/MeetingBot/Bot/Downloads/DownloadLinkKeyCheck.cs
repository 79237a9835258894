using Microsoft.Extensions.Options;

namespace MeetingBot.Bot.Downloads;

/// <summary>
/// Says at start-up, outside Development, that download links are signed with a per-process key: they
/// stop working at the next restart or on another instance. A warning, not a failure: one instance
/// that restarts rarely still works, and the secretariat can ask for a new link.
/// </summary>
internal sealed class DownloadLinkKeyCheck(IOptions<DownloadLinkOptions> options, IHostEnvironment environment, ILogger<DownloadLinkKeyCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() && options.Value.KeyBytes() is null)
        {
            BotLog.DownloadLinkKeyMissing(logger, DownloadLinkOptions.KeyName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
