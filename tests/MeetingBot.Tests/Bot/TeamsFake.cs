using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MeetingBot.Tests.Bot;

/// <summary>One request the bot made to the Connector.</summary>
internal sealed record ConnectorCall(string Method, string Path, JsonNode? Body);

/// <summary>A person Teams knows: MRI, Entra id and the email Teams reports for them.</summary>
internal sealed record TeamsUser(string Name, string UserId, string AadObjectId, string Email)
{
    public string PersonalChatId => "a:personal-" + AadObjectId;
}

/// <summary>
/// A stand-in Bot Connector on 127.0.0.1 that answers like Teams (payloads as in Microsoft's
/// Connector reference): activities get ids, <c>v3/conversations</c> creates a 1:1 chat per user,
/// <c>pagedmembers</c> lists the team. Every call is recorded for the test to inspect.
/// </summary>
internal sealed class TeamsFake : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private readonly SemaphoreSlim arrived = new(0);
    private readonly TaskCompletionSource heldCards = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int nextId;
    private int cardPosts;

    private TeamsFake(WebApplication app, IReadOnlyList<TeamsUser> team)
    {
        this.app = app;
        Team = team;
    }

    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<TeamsUser> Team { get; }

    public IReadOnlyCollection<ConnectorCall> Calls => calls;

    /// <summary>Entra ids of users the app is not installed for: Teams refuses to open a personal chat with them (403).</summary>
    public ConcurrentDictionary<string, bool> NotInstalledFor { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Answer sends and updates as Microsoft 365 Agents Playground does: 202 and no body, which the
    /// Connector REST API allows (created conversations still get their id).
    /// </summary>
    public bool AnswersSendsWithoutBody { get; set; }

    /// <summary>Posts to a conversation whose id contains the key fail: with that status, or by dropping the connection (0).</summary>
    public ConcurrentDictionary<string, int> Failing { get; } = new();

    /// <summary>Card posts after this many are received (and recorded) but answered only after <see cref="ReleaseHeldCards"/>: a Connector that stalls mid fan-out.</summary>
    public int? HoldCardsAfter { get; set; }

    public void ReleaseHeldCards() => heldCards.TrySetResult();

    public static async Task<TeamsFake> StartAsync(IReadOnlyList<TeamsUser> team)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new TeamsFake(app, team);
        app.Run(fake.AnswerAsync);
        await app.StartAsync();
        fake.ServiceUrl = app.Urls.First() + "/emea/";
        return fake;
    }

    /// <summary>Waits until a call matching <paramref name="match"/> has been made, and returns it.</summary>
    public async Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (calls.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await arrived.WaitAsync(cancellation.Token);
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Features.Get<IHttpRequestFeature>()!.RawTarget.Split('?')[0]);
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        var body = text.Length == 0 ? null : JsonNode.Parse(text);
        calls.Enqueue(new ConnectorCall(context.Request.Method, path, body));
        arrived.Release();
        if (HoldCardsAfter is { } hold && context.Request.Method == "POST" && body?["attachments"] is not null && Interlocked.Increment(ref cardPosts) > hold)
        {
            await heldCards.Task.WaitAsync(context.RequestAborted);
        }
        if (Failing.FirstOrDefault(f => path.Contains(f.Key, StringComparison.Ordinal)) is { Key: not null } failing)
        {
            if (failing.Value == 0)
            {
                context.Abort();
                return;
            }

            context.Response.StatusCode = failing.Value;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":{"code":"ServiceError","message":"scripted failure"}}""");
            return;
        }

        if (AnswersSendsWithoutBody && context.Request.Method is "POST" or "PUT" && path.Contains("/activities", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        context.Response.ContentType = "application/json";
        if (context.Request.Method == "POST" && path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            && (string?)body?["members"]?[0]?["id"] is { } member && NotInstalledFor.ContainsKey(member))
        {
            // As the Connector answers when the app is not installed for the user.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("""{"error":{"code":"ForbiddenOperationException","message":"The bot is not installed for the user."}}""");
            return;
        }

        await context.Response.WriteAsync(Answer(context.Request.Method, path, body));
    }

    private string Answer(string method, string path, JsonNode? body)
    {
        if (path.EndsWith("/pagedmembers", StringComparison.Ordinal))
        {
            var members = new JsonArray([.. Team.Select(u => (JsonNode)new JsonObject
            {
                ["id"] = u.UserId, ["name"] = u.Name, ["aadObjectId"] = u.AadObjectId, ["email"] = u.Email,
                ["userPrincipalName"] = u.Email, ["tenantId"] = FlowHost.TenantId, ["userRole"] = "user",
            })]);
            return new JsonObject { ["members"] = members }.ToJsonString();
        }

        if (method == "POST" && path.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            // Teams takes the member's Teams id or Entra id; the chat is the same either way.
            var member = (string?)body?["members"]?[0]?["id"];
            var aad = Team.FirstOrDefault(u => u.UserId == member)?.AadObjectId ?? member;
            return new JsonObject { ["id"] = "a:personal-" + aad }.ToJsonString();
        }

        if (method == "PUT")
        {
            return new JsonObject { ["id"] = path[(path.LastIndexOf('/') + 1)..] }.ToJsonString();
        }

        return new JsonObject { ["id"] = "1:" + Interlocked.Increment(ref nextId) }.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        arrived.Dispose();
    }
}
