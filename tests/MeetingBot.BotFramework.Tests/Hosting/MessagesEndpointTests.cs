using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Storage;
using MeetingBot.BotFramework.Tests.TestSupport;

namespace MeetingBot.BotFramework.Tests.Hosting;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private SignedBot signed = null!;

    private TestKey key => signed.Key;

    private TestBot bot => signed.Bot;

    public async Task InitializeAsync() => signed = await SignedBot.StartAsync(TestTokens.AllowFixtureTenants);

    public async Task DisposeAsync() => await signed.DisposeAsync();

    private string Token(string serviceUrl = ServiceUrl) => "Bearer " + TestTokens.Create(key, serviceUrl);

    [Fact]
    public async Task Post_WrongContentType_Returns415()
    {
        var response = await bot.PostRawAsync(Payloads.Activity("f1-personal-message", ServiceUrl).ToJsonString(), Token(), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_WrongContentTypeWithoutToken_Returns401BeforeLookingAtTheBody()
    {
        var response = await bot.PostRawAsync("not json", authorization: null, "text/plain");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Returns413()
    {
        var activity = Payloads.Activity("f1-personal-message", ServiceUrl);
        activity["text"] = new string('x', 300 * 1024);

        var response = await bot.PostAsync(activity, TestTokens.Create(key, ServiceUrl));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Handler.Calls);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400()
    {
        var response = await bot.PostRawAsync("""{"type":"message", "text": """, Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_JsonWithoutType_Returns400()
    {
        var response = await bot.PostRawAsync("""{"text":"hej"}""", Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownActivityType_Returns200AndReachesNoHandler()
    {
        var activity = Payloads.Activity("f1-personal-message", ServiceUrl);
        activity["type"] = "messageReaction";

        var response = await bot.PostAsync(activity, TestTokens.Create(key, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Handler.Calls);
    }

    [Fact]
    public async Task Post_AdaptiveCardActionInvoke_ReturnsInvokeResponseInTheHttpResponse()
    {
        var activity = Payloads.Activity("f3-adaptive-card-action-invoke", issuerlessServiceUrl);

        var response = await bot.PostAsync(activity, TestTokens.Create(key, issuerlessServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("handled 1", (string?)body["value"]);
    }

    [Fact]
    public async Task Post_AdaptiveCardActionWithoutExecuteAction_Returns400InvokeError()
    {
        var activity = Payloads.Activity("f3-adaptive-card-action-invoke", issuerlessServiceUrl);
        activity["value"] = JsonNode.Parse("""{"action":{"type":"Action.Submit"}}""");

        var response = await bot.PostAsync(activity, TestTokens.Create(key, issuerlessServiceUrl));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Empty(bot.Handler.Calls);
    }

    [Fact]
    public async Task Post_Message_Returns200AndIsHandledInTheBackground()
    {
        var activity = Payloads.Activity("f1-personal-message", ServiceUrl);

        var response = await bot.PostAsync(activity, TestTokens.Create(key, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var handled = await bot.Handler.FirstBackground.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((string?)activity["id"], handled.Id);
        // The handler runs under its own timeout, not the finished request's token.
        Assert.False(bot.Handler.LastBackgroundToken.IsCancellationRequested);
    }

    [Fact]
    public async Task Post_BotAddedToTeam_ReachesMembersAddedWithTheBot()
    {
        var activity = Payloads.Activity("f5-bot-added-to-team", "https://smba.trafficmanager.net/amer-client-ss.msg/");

        await bot.PostAsync(activity, TestTokens.Create(key, "https://smba.trafficmanager.net/amer-client-ss.msg/"));

        await bot.Handler.FirstBackground.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["membersAdded:28:f5d48856-5b42-41a0-8c3a-c5f944b679b0"], bot.Handler.Calls);
    }

    [Fact]
    public async Task Post_InstallationUpdateRemove_ReachesUninstalled()
    {
        var activity = Payloads.Activity("f7-installation-update-add", ServiceUrl);
        activity["action"] = "remove";
        activity["channelData"]!["tenant"]!["id"] = "56653e9d-2158-46ee-90d7-675c39642038";

        await bot.PostAsync(activity, TestTokens.Create(key, ServiceUrl));

        await bot.Handler.FirstBackground.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["uninstalled"], bot.Handler.Calls);
    }

    [Fact]
    public async Task Post_AuthenticatedActivity_StoresConversationReference()
    {
        var activity = Payloads.Activity("f3-adaptive-card-action-invoke", issuerlessServiceUrl);

        await bot.PostAsync(activity, TestTokens.Create(key, issuerlessServiceUrl));

        var stored = await bot.Service<IConversationReferenceStore>().FindAsync((string)activity["conversation"]!["id"]!, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(issuerlessServiceUrl, stored.ServiceUrl);
        Assert.Equal("56653e9d-2158-46ee-90d7-675c39642038", stored.TenantId);
        Assert.Equal("28:aabdbd62-bc97-4afb-83ee-575594577de5", stored.BotId);
        Assert.Equal("c5e99701-2a32-49c1-a660-4629ceeb8c61", stored.UserAadObjectId);
        Assert.Equal("personal", stored.ConversationType);
    }

    [Fact]
    public async Task Post_RejectedActivity_StoresNoConversationReference()
    {
        var activity = Payloads.Activity("f3-adaptive-card-action-invoke", issuerlessServiceUrl);

        await bot.PostAsync(activity, TestTokens.Create(key, "https://smba.trafficmanager.net/emea/"));

        Assert.Null(await bot.Service<IConversationReferenceStore>().FindAsync((string)activity["conversation"]!["id"]!, CancellationToken.None));
    }

    // F3's real serviceUrl, which embeds its tenant.
    private const string issuerlessServiceUrl = "https://smba.trafficmanager.net/amer/56653e9d-2158-46ee-90d7-675c39642038/";
}
