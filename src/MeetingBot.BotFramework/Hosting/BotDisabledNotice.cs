using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.BotFramework.Hosting;

/// <summary>
/// Says once, when the server starts, that <c>/api/messages</c> is off. A hosted service rather than a
/// log line at mapping time: CLI commands build the same host without starting it, and their output must stay clean.
/// </summary>
internal sealed class BotDisabledNotice(ILogger<BotDisabledNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.BotDisabled(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
