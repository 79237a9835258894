using MeetingBot.Testing;
using MeetingBot.BotFramework.Storage;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.BotFramework.Tests.TestSupport;

/// <summary>A bot host on 127.0.0.1 wired exactly as a real host wires the library, with a <see cref="RecordingHandler"/>.</summary>
internal sealed class TestBot : IAsyncDisposable
{
    private TestBot(WebApplication app, RecordingHandler handler, HttpClient client)
    {
        App = app;
        Handler = handler;
        Client = client;
    }

    public WebApplication App { get; }

    public RecordingHandler Handler { get; }

    public HttpClient Client { get; }

    public static async Task<TestBot> StartAsync(TestIssuer issuer, Action<Dictionary<string, string?>>? configure = null, string environment = "Development")
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:TenantId"] = TestTokens.TenantId,
            ["Bot:OpenIdMetadataUrl"] = issuer.MetadataUrl,
            ["Bot:EntraOpenIdMetadataUrl"] = issuer.EntraMetadataUrl(TestTokens.TenantId),
        };
        configure?.Invoke(settings);
        return await StartAsync(settings, environment);
    }

    public static async Task<TestBot> StartAsync(Dictionary<string, string?> settings, string environment = "Development")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBotFramework();
        builder.Services.AddSingleton<IActivityDeduplicationStore>(sp => new InMemoryActivityDeduplicationStore(sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        var handler = new RecordingHandler();
        builder.Services.AddSingleton<IActivityHandler>(handler);
        var app = builder.Build();
        app.MapBotEndpoints();
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new TestBot(app, handler, client);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token) =>
        PostRawAsync(activity.ToJsonString(), token is null ? null : "Bearer " + token);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? authorization, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
