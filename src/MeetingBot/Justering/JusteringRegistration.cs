using MeetingBot.Bot.Actions;
using MeetingBot.Bot.Commands;
using MeetingBot.Bot.Justering;
using MeetingBot.Justering.Storage;
using MeetingBot.Scheduling;
using Microsoft.Extensions.Options;

namespace MeetingBot.Justering;

internal static class JusteringRegistration
{
    /// <summary>Justering in Teams: signatories, the versions sent, answers, the final sealed PDF and the reminder job.</summary>
    public static WebApplicationBuilder AddJustering(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<JusteringOptions>().Bind(builder.Configuration.GetSection(JusteringOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JusteringOptions>, JusteringOptionsValidator>();
        services.AddSingleton<JusteringStore>();
        services.AddSingleton<JusteringService>();
        services.AddSingleton<JusteringLinks>();
        services.AddSingleton<JusteringCards>();
        services.AddSingleton<JusteringReminders>();
        services.AddSingleton<MemberChats>();
        services.AddSingleton<SignatoriesChatCommand>();
        services.AddSingleton<IMeetingCommand, SendForJusteringCommand>();
        services.AddSingleton<IMeetingCommand, JusteringStatusCommand>();
        services.AddSingleton<ICardActionHandler, JusteringActions>();
        services.AddScheduledJobHandler<RemindJusteringJob>();
        return builder;
    }

    public static IEndpointRouteBuilder MapJustering(this IEndpointRouteBuilder endpoints) => endpoints.MapJusteringPdfs();
}
