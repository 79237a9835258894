using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace MeetingBot.Playground.Connector;

/// <summary>What the page is told: an activity appeared, changed or was deleted in a stream.</summary>
internal sealed record HubEvent(string Kind, string Stream, string ActivityId, JsonObject? Activity)
{
    public const string Posted = "activity";
    public const string Updated = "update";
    public const string Deleted = "delete";
}

/// <summary>
/// The local stand-in for Teams' message store: every activity posted to a conversation (by the bot
/// through the connector endpoint, or by the page for what the user typed), kept in memory per stream,
/// and pushed to the pages watching that stream. Lost on restart, like a fresh Teams client's scrollback.
/// </summary>
internal sealed class ConversationHub(TimeProvider time)
{
    private const int MaxActivitiesPerStream = 500;

    private readonly ConcurrentDictionary<string, Stream> streams = new(StringComparer.Ordinal);
    private long sequence;

    /// <summary>Ids look like Teams' (milliseconds since 1970), with a counter so two in one millisecond differ.</summary>
    public string NewActivityId() =>
        (time.GetUtcNow().ToUnixTimeMilliseconds() * 1000 + (Interlocked.Increment(ref sequence) % 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Post(string conversationId, JsonObject activity)
    {
        var id = NewActivityId();
        activity["id"] = id;
        activity["timestamp"] ??= time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var stream = StreamFor(conversationId);
        stream.Publish(new HubEvent(HubEvent.Posted, stream.Name, id, activity), e => e.Add(activity));
        return id;
    }

    /// <summary>False when the activity is not in the conversation (Teams answers 404 ActivityNotFoundInConversation).</summary>
    public bool Update(string conversationId, string activityId, JsonObject activity)
    {
        activity["id"] = activityId;
        var stream = StreamFor(conversationId);
        return stream.Publish(new HubEvent(HubEvent.Updated, stream.Name, activityId, activity), list =>
        {
            var index = list.FindIndex(a => (string?)a["id"] == activityId);
            if (index < 0)
            {
                return false;
            }

            activity["timestamp"] ??= list[index]["timestamp"]?.DeepClone();
            activity["replyToId"] ??= list[index]["replyToId"]?.DeepClone();
            list[index] = activity;
            return true;
        });
    }

    public bool Delete(string conversationId, string activityId)
    {
        var stream = StreamFor(conversationId);
        return stream.Publish(new HubEvent(HubEvent.Deleted, stream.Name, activityId, null), list => list.RemoveAll(a => (string?)a["id"] == activityId) > 0);
    }

    /// <summary>The stream's activities so far, then everything that happens until the subscription is disposed.</summary>
    public Subscription Subscribe(string conversationId) => StreamFor(conversationId).Subscribe();

    private Stream StreamFor(string conversationId) =>
        streams.GetOrAdd(PlaygroundTeam.StreamOf(conversationId), name => new Stream(name));

    internal sealed class Subscription(IReadOnlyList<HubEvent> history, ChannelReader<HubEvent> live, Action unsubscribe) : IDisposable
    {
        public IReadOnlyList<HubEvent> History { get; } = history;

        public ChannelReader<HubEvent> Live { get; } = live;

        public void Dispose() => unsubscribe();
    }

    private sealed class Stream(string name)
    {
        private readonly object gate = new();
        private readonly List<JsonObject> activities = [];
        private readonly List<Channel<HubEvent>> watchers = [];

        public string Name { get; } = name;

        public void Publish(HubEvent hubEvent, Action<List<JsonObject>> change) =>
            Publish(hubEvent, list =>
            {
                change(list);
                return true;
            });

        public bool Publish(HubEvent hubEvent, Func<List<JsonObject>, bool> change)
        {
            lock (gate)
            {
                if (!change(activities))
                {
                    return false;
                }

                if (activities.Count > MaxActivitiesPerStream)
                {
                    activities.RemoveRange(0, activities.Count - MaxActivitiesPerStream);
                }

                // Each watcher gets its own copy: the page's events are serialized on other threads.
                var copy = hubEvent with { Activity = (JsonObject?)hubEvent.Activity?.DeepClone() };
                foreach (var watcher in watchers)
                {
                    watcher.Writer.TryWrite(copy);
                }

                return true;
            }
        }

        public Subscription Subscribe()
        {
            var channel = Channel.CreateUnbounded<HubEvent>(new UnboundedChannelOptions { SingleReader = true });
            lock (gate)
            {
                watchers.Add(channel);
                var history = activities.Select(a => new HubEvent(HubEvent.Posted, Name, (string?)a["id"] ?? string.Empty, (JsonObject)a.DeepClone())).ToList();
                return new Subscription(history, channel.Reader, () =>
                {
                    lock (gate)
                    {
                        watchers.Remove(channel);
                    }

                    channel.Writer.TryComplete();
                });
            }
        }
    }
}
