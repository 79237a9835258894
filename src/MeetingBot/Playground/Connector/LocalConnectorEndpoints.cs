using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Playground.Connector;

/// <summary>
/// The Bot Connector REST surface the bot uses (spec §3), served by the host itself in Development so
/// the playground's replies travel the real path: the bot's <c>ConnectorClient</c> calls these over
/// HTTP with its bearer token, and what it sends is pushed to the page. Shapes follow the REST
/// reference: <c>ResourceResponse</c>, <c>ConversationResourceResponse</c>, <c>TeamsChannelAccount</c>,
/// and the <c>{"error":{code,message}}</c> body on failure.
/// </summary>
internal static class LocalConnectorEndpoints
{
    public const string Prefix = "/playground/connector";

    public static void MapLocalConnector(this IEndpointRouteBuilder endpoints)
    {
        var v3 = endpoints.MapGroup(Prefix + "/v3/conversations").AddEndpointFilter<BotTokenFilter>();
        v3.MapPost(string.Empty, CreateConversationAsync);
        v3.MapPost("/{conversationId}/activities", (string conversationId, JsonObject activity, ConversationHub hub) =>
            Results.Json(new ResourceResponse { Id = hub.Post(conversationId, Normalise(activity, conversationId, replyToId: null)) }, BotJsonContext.Default.ResourceResponse));
        v3.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity, ConversationHub hub) =>
            Results.Json(new ResourceResponse { Id = hub.Post(conversationId, Normalise(activity, conversationId, activityId)) }, BotJsonContext.Default.ResourceResponse));
        v3.MapPut("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity, ConversationHub hub) =>
            hub.Update(conversationId, activityId, Normalise(activity, conversationId, replyToId: null))
                ? Results.Json(new ResourceResponse { Id = activityId }, BotJsonContext.Default.ResourceResponse)
                : NotFound("ActivityNotFoundInConversation", $"No activity {activityId} in {conversationId}."));
        v3.MapDelete("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, ConversationHub hub) =>
            hub.Delete(conversationId, activityId) ? Results.Ok() : NotFound("ActivityNotFoundInConversation", $"No activity {activityId} in {conversationId}."));
        v3.MapGet("/{conversationId}/members", async (string conversationId, PlaygroundPeople people, CancellationToken ct) =>
            Results.Text(new JsonArray([.. (await MembersAsync(conversationId, people, ct)).Select(m => JsonSerializer.SerializeToNode(m, MemberJson))]).ToJsonString(), "application/json"));
        v3.MapGet("/{conversationId}/pagedmembers", async (string conversationId, int? pageSize, string? continuationToken, PlaygroundPeople people, CancellationToken ct) =>
        {
            var all = await MembersAsync(conversationId, people, ct);
            var size = Math.Clamp(pageSize ?? 200, 50, 500);
            var start = int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var page = new PagedMembersResult
            {
                Members = [.. all.Skip(start).Take(size)],
                ContinuationToken = start + size < all.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : null,
            };
            return Results.Json(page, BotJsonContext.Default.PagedMembersResult);
        });
        v3.MapGet("/{conversationId}/members/{memberId}", async (string conversationId, string memberId, PlaygroundPeople people, CancellationToken ct) =>
            (await MembersAsync(conversationId, people, ct)).FirstOrDefault(m => m.Id == memberId || string.Equals(m.AadObjectId, memberId, StringComparison.OrdinalIgnoreCase)) is { } member
                ? Results.Json(member, MemberJson)
                : NotFound("MemberNotFoundInConversation", $"No member {memberId} in {conversationId}."));
    }

    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<TeamsChannelAccount> MemberJson =
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TeamsChannelAccount>)BotJsonContext.Default.GetTypeInfo(typeof(TeamsChannelAccount))!;

    /// <summary>
    /// A 1:1 chat with <c>members[0]</c> (its Entra id or <c>29:</c> id), or a new thread in the channel
    /// named by <c>channelData.channel.id</c> with <c>activity</c> as its root message.
    /// </summary>
    private static async Task<IResult> CreateConversationAsync(JsonObject body, ConversationHub hub, PlaygroundPeople people, CancellationToken ct)
    {
        var parameters = body.Deserialize(BotJsonContext.Default.ConversationParameters);
        if (parameters?.ChannelData?.Channel?.Id is { } channelId)
        {
            if (PlaygroundTeam.StreamOf(channelId) != PlaygroundTeam.ChannelId)
            {
                return NotFound("ConversationNotFound", $"No channel {channelId}.");
            }

            if (body["activity"] is not JsonObject root)
            {
                return Error(StatusCodes.Status400BadRequest, "BadArgument", "A new channel thread needs its first message in 'activity'.");
            }

            var rootId = hub.Post(channelId, Normalise(root, channelId, replyToId: null));
            var thread = $"{channelId};messageid={rootId}";
            return Results.Json(new ConversationResourceResponse { Id = thread, ActivityId = rootId }, BotJsonContext.Default.ConversationResourceResponse);
        }

        if (parameters?.Members is not [{ Id: { } memberId }])
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "Name exactly one member, or a channel in channelData.channel.id.");
        }

        if (await people.FindAsync(memberId, ct) is not { } person)
        {
            // What Teams answers when the app is not installed for that user.
            return Error(StatusCodes.Status403Forbidden, "ForbiddenOperationException", $"The bot is not installed for {memberId}.");
        }

        var conversationId = PlaygroundTeam.PersonalConversationId(person.AadObjectId);
        var activityId = body["activity"] is JsonObject first ? hub.Post(conversationId, Normalise(first, conversationId, replyToId: null)) : null;
        return Results.Json(new ConversationResourceResponse { Id = conversationId, ActivityId = activityId }, BotJsonContext.Default.ConversationResourceResponse);
    }

    /// <summary>Fills in what Teams fills in on the way: the conversation, the sender (the bot) and the thread.</summary>
    private static JsonObject Normalise(JsonObject activity, string conversationId, string? replyToId)
    {
        activity["type"] ??= ActivityTypes.Message;
        activity["conversation"] ??= new JsonObject { ["id"] = conversationId };
        activity["from"] ??= new JsonObject { ["name"] = PlaygroundTeam.BotName };
        if (replyToId is not null)
        {
            activity["replyToId"] ??= replyToId;
        }

        return activity;
    }

    private static async Task<List<TeamsChannelAccount>> MembersAsync(string conversationId, PlaygroundPeople people, CancellationToken ct)
    {
        var everyone = await people.ListAsync(ct);
        var personal = PlaygroundTeam.PersonalUser(conversationId);
        return
        [
            .. everyone.Where(p => personal is null || string.Equals(p.AadObjectId, personal, StringComparison.OrdinalIgnoreCase))
                .Select(p => new TeamsChannelAccount
                {
                    Id = p.UserId,
                    Name = p.Name,
                    AadObjectId = p.AadObjectId,
                    GivenName = p.Name.Split(' ')[0],
                    Surname = p.Name.Contains(' ', StringComparison.Ordinal) ? p.Name[(p.Name.IndexOf(' ', StringComparison.Ordinal) + 1)..] : null,
                    Email = p.Email,
                    UserPrincipalName = p.Email,
                    UserRole = "user",
                    TenantId = PlaygroundTeam.TenantId,
                }),
        ];
    }

    private static IResult NotFound(string code, string message) => Error(StatusCodes.Status404NotFound, code, message);

    internal static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse { Error = new ErrorDetail { Code = code, Message = message } }, BotJsonContext.Default.ErrorResponse, statusCode: status);
}
