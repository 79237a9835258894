namespace MeetingBot.Tests.Outlook;

/// <summary>The host as in Azure: Production, Outlook SSO configured, Entra played by <see cref="FakeEntra"/>.</summary>
public sealed class EntraOutlookHost : OutlookHost
{
    public const string ClientId = "2b7e1516-28ae-4d2a-8f1c-00000000c11e";
    public const string ApplicationIdUri = "api://meetingbot.example.org/" + ClientId;

    public FakeEntra Entra { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Entra = await FakeEntra.StartAsync();
        await StartAsync(
        [
            "--environment", "Production",
            $"--Outlook:TenantId={FakeEntra.TenantId}",
            $"--Outlook:ClientId={ClientId}",
            $"--Outlook:ApplicationIdUri={ApplicationIdUri}",
            $"--Outlook:Authority={Entra.Authority}",
        ]);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Entra.DisposeAsync();
    }
}
