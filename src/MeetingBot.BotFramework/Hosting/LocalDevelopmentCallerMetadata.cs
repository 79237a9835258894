namespace MeetingBot.BotFramework.Hosting;

/// <summary>Marks an endpoint as guarded by <see cref="LocalDevelopmentCaller.RequireLocalDevelopmentCaller{TBuilder}"/>.</summary>
public sealed class LocalDevelopmentCallerMetadata
{
    public static readonly LocalDevelopmentCallerMetadata Instance = new();

    private LocalDevelopmentCallerMetadata()
    {
    }
}
