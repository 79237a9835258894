using MeetingBot.BotFramework.Hosting;
using MeetingBot.Playground.Connector;
using MeetingBot.Playground.Emulator;
using MeetingBot.Playground.Sample;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace MeetingBot.Playground;

/// <summary>
/// The playground: a Teams-like page at <c>/</c>, the local Bot Connector it listens to, and the sample
/// data on a first start. Development only; in any other environment none of it is registered or mapped.
/// </summary>
internal static class PlaygroundRegistration
{
    public static WebApplicationBuilder AddPlayground(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlaygroundOptions>().Bind(builder.Configuration.GetSection(PlaygroundOptions.SectionName));
        if (!builder.Environment.IsDevelopment())
        {
            return builder;
        }

        if (builder.Configuration.GetSection(PlaygroundOptions.SectionName).Get<PlaygroundOptions>()?.Today is { } today)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(PlaygroundClock.On(today)));
        }

        builder.Services.AddSingleton<PlaygroundPeople>();
        builder.Services.AddSingleton<ConversationHub>();
        builder.Services.AddSingleton<ConnectorTokenCheck>();
        builder.Services.AddHostedService<SampleDataSeeder>();
        builder.Services.AddHostedService<DevelopmentBindingGuard>();
        return builder;
    }

    public static WebApplication MapPlayground(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        // Everything here trusts the development issuer; like /dev/token it answers this machine only. The endpoints
        // get the rule from their group below; the page's static files are not endpoints, so the same check runs here.
        app.UseWhen(c => IsPlayground(c.Request.Path), branch => branch.Use((context, next) =>
            LocalDevelopmentCaller.Refusal(context) is { } reason ? LocalDevelopmentCaller.RefuseAsync(context, reason) : next(context)));

        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(root))
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        var renderer = Path.Combine(AppContext.BaseDirectory, "playground-renderer");
        if (Directory.Exists(renderer))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(renderer), RequestPath = "/playground/renderer" });
        }

        var development = app.MapGroup(string.Empty).RequireLocalDevelopmentCaller();
        development.MapPlaygroundApi();
        development.MapLocalConnector();
        development.MapEmulatorConfig();
        return app;
    }

    private static bool IsPlayground(PathString path) =>
        path == "/" || path.StartsWithSegments("/playground") || path.StartsWithSegments("/index.html") || path.StartsWithSegments(EmulatorConfigEndpoint.Route);
}
