using MeetingBot.Bot.Actions;
using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Commands;
using MeetingBot.Bot.Downloads;
using MeetingBot.Bot.Scheduled;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Bot.Storage;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.Bot;

/// <summary>The Teams bot feature of the host: the protocol library plus MeetingBot's handler, commands and card actions.</summary>
internal static class BotHostingExtensions
{
    public static IHostApplicationBuilder AddTeamsBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        // Registered before the library so its in-memory defaults (TryAdd) stand aside: dedupe must hold across instances.
        // Its writer is a hosted service added before the library's, so it stops after them and flushes last.
        services.AddSingleton<DatabaseActivityDeduplicationStore>();
        services.AddSingleton<IActivityDeduplicationStore>(sp => sp.GetRequiredService<DatabaseActivityDeduplicationStore>());
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseActivityDeduplicationStore>());
        services.AddSingleton<IConversationReferenceStore, DatabaseConversationReferenceStore>();
        builder.AddBotFramework();
        services.AddScoped<IActivityHandler, MeetingBotHandler>();

        services.AddSingleton<SpeakerResolver>();
        services.AddSingleton<PostedCardStore>();
        services.AddSingleton<TeamsUserIds>();
        services.AddSingleton<AgendaCards>();
        services.AddSingleton<SecretariatCards>();
        services.AddSingleton<AgendaMessages>();
        services.AddSingleton<AgendaAudience>();
        services.AddSingleton<PrivateReplies>();
        services.AddOptions<DownloadLinkOptions>().Bind(builder.Configuration.GetSection(DownloadLinkOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DownloadLinkOptions>, DownloadLinkOptionsValidator>();
        services.AddHostedService<DownloadLinkKeyCheck>();
        services.AddSingleton<ProtocolLinks>();
        services.AddSingleton<AgendaCardUpdates>();
        services.AddHostedService(sp => sp.GetRequiredService<AgendaCardUpdates>());

        services.AddSingleton<MeetingFinder>();
        services.AddSingleton<QuestionReply>();
        services.AddSingleton<MyMeetingsCommand>();
        services.AddSingleton<MyCalendarCommand>();
        services.AddSingleton<CreateSeriesCommand>();
        services.AddSingleton<ScheduleChatCommand>();
        services.AddSingleton<UseChannelCommand>();
        services.AddSingleton<LanguageCommand>();
        services.AddSingleton<SetPlaceCommand>();
        services.AddSingleton<DeliveryCommand>();
        services.AddSingleton<IMeetingCommand>(sp => sp.GetRequiredService<DeliveryCommand>());
        services.AddSingleton<AssignmentsChatCommand>();
        services.AddSingleton<IMeetingCommand, EditAgendaCommand>();
        services.AddSingleton<IMeetingCommand, AttendanceCommand>();
        services.AddSingleton<IMeetingCommand, ProtocolDraftCommand>();
        services.AddSingleton<IMeetingCommand, FinaliseProtocolCommand>();
        services.AddSingleton<CommandRouter>();

        services.AddSingleton<ICardActionHandler, RsvpActions>();
        services.AddSingleton<ICardActionHandler, RefreshAgendaAction>();
        services.AddSingleton<ICardActionHandler, RemindAction>();
        services.AddSingleton<ICardActionHandler, DraftActions>();
        services.AddSingleton<ICardActionHandler, AgendaEditActions>();
        services.AddSingleton<CardActionRouter>();
        services.AddScheduledTeamsJobs();
        return builder;
    }

    public static IEndpointRouteBuilder MapTeamsBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProtocolDownloads();
        return endpoints.MapBotEndpoints();
    }
}
