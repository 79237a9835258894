using MeetingBot.BotFramework.Hosting;
using MeetingBot.Calendar.Graph;
using MeetingBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Hosting;

/// <summary>
/// <c>GET /readyz</c>: 200 when the database answers, no migration is pending, the bot's OpenID
/// metadata is fetched and Microsoft Graph (when configured) answered its last call; otherwise 503.
/// Either way the body names each check and its result, e.g.
/// <c>{"status":"unready","checks":{"database":"ok","migrations":"ok","openIdMetadata":"ok","graph":"failing since …"}}</c>.
/// </summary>
internal static class ReadinessEndpoints
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapReadinessEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // The bot's metadata and Graph are optional services: absent when the bot is off or Graph is not configured.
        endpoints.MapGet("/readyz", async (
            MeetingBotDbContextFactory factory, [FromServices] BotMetadataReadiness? metadata, [FromServices] GraphHealth? graph, CancellationToken cancellationToken) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(CheckTimeout);
            var checks = new Dictionary<string, string>();
            await CheckDatabaseAsync(factory, checks, timeout.Token);
            checks["openIdMetadata"] = metadata is not null ? await metadata.CheckAsync(timeout.Token) ?? "ok" : "ok (bot disabled)";
            checks["graph"] = graph is not null ? graph.Problem ?? "ok" : "ok (not configured)";
            var ready = checks.Values.All(v => v.StartsWith("ok", StringComparison.Ordinal));
            return Results.Json(new { status = ready ? "ready" : "unready", checks }, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    private static async Task CheckDatabaseAsync(MeetingBotDbContextFactory factory, Dictionary<string, string> checks, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = factory.CreateDbContext();
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                checks["database"] = "unreachable";
                checks["migrations"] = "unknown";
                return;
            }

            checks["database"] = "ok";
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            checks["migrations"] = pending.Count == 0 ? "ok" : $"{pending.Count} pending: {string.Join(", ", pending)}";
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Exception types only: a provider's message may carry the connection string.
            checks["database"] = $"failed ({ex.GetType().Name})";
            checks.TryAdd("migrations", "unknown");
        }
    }
}
