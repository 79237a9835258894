using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Questions;

/// <summary>
/// A stand-in for Azure OpenAI's v1 chat completions endpoint on 127.0.0.1, answering in the
/// documented chat.completion shape and recording what the client sent.
/// </summary>
internal sealed class FakeAzureOpenAI : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeAzureOpenAI(WebApplication app) => this.app = app;

    public List<JsonNode> Requests { get; } = [];

    public List<string?> Authorizations { get; } = [];

    public string Reply { get; set; } = "";

    public int Status { get; set; } = 200;

    public Uri Endpoint => new(app.Urls.First() + "/");

    public static async Task<FakeAzureOpenAI> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeAzureOpenAI(app);
        app.MapPost("/openai/v1/chat/completions", async (HttpRequest request) =>
        {
            fake.Requests.Add((await JsonNode.ParseAsync(request.Body))!);
            fake.Authorizations.Add(request.Headers.Authorization.ToString());
            if (fake.Status != 200)
            {
                return Results.Json(new { error = new { code = "content_filter", message = "Filtered." } }, statusCode: fake.Status);
            }

            return Results.Json(new
            {
                id = "chatcmpl-1",
                @object = "chat.completion",
                created = 1764000000,
                model = "gpt-4o",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = fake.Reply }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 100, completion_tokens = 30, total_tokens = 130 },
            }, new JsonSerializerOptions());
        });
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
