using System.Net;
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

        // Everything here trusts the development issuer; like /dev/token it answers this machine only.
        app.UseWhen(c => IsPlayground(c.Request.Path), branch => branch.Use(async (context, next) =>
        {
            if (context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }));

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

        app.MapPlaygroundApi();
        app.MapLocalConnector();
        app.MapEmulatorConfig();
        return app;
    }

    private static bool IsPlayground(PathString path) =>
        path == "/" || path.StartsWithSegments("/playground") || path.StartsWithSegments("/index.html") || path.StartsWithSegments(EmulatorConfigEndpoint.Route);
}
