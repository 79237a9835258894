using MeetingBot.Testing;
using MeetingBot.BotFramework.Storage;
using System.Text;
using MeetingBot.Bot;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Benchmarks.Load;

/// <summary>
/// The host under load, in a process of its own so its peak memory is its own: the production
/// composition root in Development (development issuer, SQLite in a temp folder), plus a bare
/// endpoint that answers a constant invoke response, the ceiling for what HTTP alone costs.
/// </summary>
internal static class BenchmarkServer
{
    public const string Command = "serve-bench";
    public const string BarePath = "/bench/bare";
    public const string ReadyPrefix = "READY ";

    /// <summary>Diagnostic: the bot with the library's in-memory stores, to tell database cost from protocol cost.</summary>
    public const string MemoryStoresFlag = "--memory-stores";

    /// <summary>The driver's option naming a PostgreSQL server (a connection string): the host stores in a new database there, dropped when it stops.</summary>
    public const string PostgresOption = "--postgres";

    /// <summary>How the driver hands that connection string to this process.</summary>
    public const string PostgresVariable = "MEETINGBOT_BENCH_POSTGRES";

    private static readonly byte[] ConstantInvokeResponse =
        Encoding.UTF8.GetBytes("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"handled"}""");

    public static async Task<int> RunAsync(string[] args)
    {
        var data = Path.Combine(Path.GetTempPath(), "meetingbot-bench", Guid.NewGuid().ToString("N"));
        var memory = args.Contains(MemoryStoresFlag);
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        var database = postgres is null ? null : await BenchDatabase.CreateAsync(postgres);
        string[] hostArgs =
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Development",
            "--Storage:DataDirectory", data,
            "--Logging:LogLevel:Default", "Warning",
            .. database is null ? [] : new[] { "--Storage:Provider", "PostgreSql", "--ConnectionStrings:MeetingBot", database.ConnectionString },
        ];
        await using var app = memory ? WithoutDatabase(hostArgs) : MeetingBotHost.Build(hostArgs);
        app.MapPost(BarePath, async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(ConstantInvokeResponse);
        });
        await app.StartAsync();
        if (args.Contains(RsvpSeed.Flag))
        {
            await RsvpSeed.WriteAsync(app.Services);
        }

        Console.WriteLine(ReadyPrefix + app.Urls.First());

        // The driver closes stdin when it is done with this server.
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        if (database is not null)
        {
            await database.DropAsync();
        }

        return 0;
    }

    private static WebApplication WithoutDatabase(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddBotFramework();
        builder.Services.AddSingleton<IActivityDeduplicationStore>(sp => new InMemoryActivityDeduplicationStore(sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        builder.Services.AddScoped<IActivityHandler, EchoInvokeHandler>();
        var app = builder.Build();
        app.MapBotEndpoints();
        return app;
    }
}
