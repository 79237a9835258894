using MeetingBot.Hosting;
using MeetingBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Storage;

/// <summary>The host's storage wiring: provider chosen by configuration, migrations before the first request.</summary>
public sealed class StorageStartupTests
{
    [Fact]
    public async Task Start_DataDirectoryMissing_CreatesItWithAMigratedDatabase()
    {
        await using var folder = new SqliteTestDatabase();
        Assert.False(Directory.Exists(folder.DataDirectory));

        await using (var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={folder.DataDirectory}"]))
        {
            await app.StartAsync();
            await AssertMigratedAsync(app);
            await app.StopAsync();
        }

        Assert.True(File.Exists(Path.Combine(folder.DataDirectory, "meetingbot.db")));
    }

    [Fact]
    public async Task Start_PostgreSqlConfigured_MigratesThatDatabase()
    {
        await using var database = new PostgresTestDatabase();
        var options = await database.CreateOptionsAsync();

        await using var app = MeetingBotHost.Build(
            ["--urls", "http://127.0.0.1:0", "--Storage:Provider=PostgreSql", $"--ConnectionStrings:MeetingBot={options.ConnectionString}"]);
        await app.StartAsync();

        Assert.Equal(StorageProvider.PostgreSql, app.Services.GetRequiredService<MeetingBotDbContextFactory>().Provider);
        await AssertMigratedAsync(app);
        await app.StopAsync();
    }

    [Fact]
    public async Task Start_UnknownProvider_FailsNamingTheKey()
    {
        await using var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", "--Storage:Provider=MySql"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Equal("Storage:Provider must be Sqlite or PostgreSql, not 'MySql'.", error.Message);
    }

    [Fact]
    public async Task Start_PostgreSqlWithoutConnectionString_FailsNamingTheKey()
    {
        await using var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", "--Storage:Provider=PostgreSql", "--ConnectionStrings:MeetingBot="]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("ConnectionStrings:MeetingBot is required", error.Message, StringComparison.Ordinal);
    }

    private static async Task AssertMigratedAsync(WebApplication app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
