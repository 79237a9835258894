using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MeetingBot.Tests.Bot;

/// <summary>A stand-in Bot Connector on 127.0.0.1 that records the first request the bot makes to it.</summary>
internal sealed class LocalConnector : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalConnector(WebApplication app) => this.app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public TaskCompletionSource<(string Method, string Target, string Authorization, string Body)> FirstRequest { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<LocalConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new LocalConnector(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            connector.FirstRequest.TrySetResult((
                context.Request.Method,
                context.Features.Get<IHttpRequestFeature>()!.RawTarget,
                context.Request.Headers.Authorization.ToString(),
                await reader.ReadToEndAsync()));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id":"1:reply"}""");
        });
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.First() + "/emea/";
        return connector;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
