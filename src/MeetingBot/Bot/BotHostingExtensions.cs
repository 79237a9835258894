using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Hosting;

namespace MeetingBot.Bot;

/// <summary>The Teams bot feature of the host: the protocol library plus MeetingBot's handler.</summary>
internal static class BotHostingExtensions
{
    public static IHostApplicationBuilder AddTeamsBot(this IHostApplicationBuilder builder)
    {
        builder.AddBotFramework();
        builder.Services.AddScoped<IActivityHandler, GreetingHandler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTeamsBot(this IEndpointRouteBuilder endpoints) => endpoints.MapBotEndpoints();
}
