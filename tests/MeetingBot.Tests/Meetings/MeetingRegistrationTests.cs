using MeetingBot.Hosting;
using MeetingBot.Meetings;
using MeetingBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Meetings;

public sealed class MeetingRegistrationTests
{
    [Fact]
    public async Task Host_Built_EveryMeetingServiceResolves()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", "--Storage:DataDirectory", database.DataDirectory]);

        Assert.NotNull(app.Services.GetRequiredService<MeetingService>());
        Assert.NotNull(app.Services.GetRequiredService<AgendaService>());
        Assert.NotNull(app.Services.GetRequiredService<AttendanceService>());
        Assert.NotNull(app.Services.GetRequiredService<OutlookReplies>());
        Assert.NotNull(app.Services.GetRequiredService<ProtocolDraftService>());
    }
}
