using MeetingBot.BotFramework.Hosting;
using Microsoft.Extensions.Options;

namespace MeetingBot.Playground.Emulator;

/// <summary>
/// <c>GET /dev/emulator/config</c> (Development, this machine only, like the rest of the playground):
/// the emulator's configuration from the running host's roster, e.g.
/// <c>curl -fsS http://localhost:5000/dev/emulator/config -o .m365agentsplayground.yml</c>.
/// Optional <c>?currentUser=NAME</c> chooses who the emulator's window is.
/// </summary>
internal static class EmulatorConfigEndpoint
{
    public const string Route = "/dev/emulator/config";

    public static void MapEmulatorConfig(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, async (string? currentUser, PlaygroundPeople people, IOptions<BotOptions> bot, CancellationToken ct) =>
        {
            var appId = string.IsNullOrWhiteSpace(bot.Value.AppId) ? BotOptions.DevelopmentAppId : bot.Value.AppId;
            try
            {
                return Results.Text(EmulatorConfig.Write(await people.ListAsync(ct), appId, currentUser), "application/yaml; charset=utf-8");
            }
            catch (InvalidOperationException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict);
            }
        });
}
