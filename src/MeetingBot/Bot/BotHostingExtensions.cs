using MeetingBot.BotFramework.Handlers;
using MeetingBot.Bot.Storage;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Bot;

/// <summary>The Teams bot feature of the host: the protocol library plus MeetingBot's handler.</summary>
internal static class BotHostingExtensions
{
    public static IHostApplicationBuilder AddTeamsBot(this IHostApplicationBuilder builder)
    {
        // Registered before the library so its in-memory defaults (TryAdd) stand aside: dedupe must hold across instances.
        builder.Services.AddSingleton<IActivityDeduplicationStore, DatabaseActivityDeduplicationStore>();
        builder.Services.AddSingleton<IConversationReferenceStore, DatabaseConversationReferenceStore>();
        builder.AddBotFramework();
        builder.Services.AddScoped<IActivityHandler, MeetingBotHandler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTeamsBot(this IEndpointRouteBuilder endpoints) => endpoints.MapBotEndpoints();
}
