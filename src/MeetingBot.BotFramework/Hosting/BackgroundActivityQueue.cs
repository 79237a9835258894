using System.Threading.Channels;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Hosting;

/// <summary>Activities acknowledged with 200 and waiting to be handled. Bounded: a flood is refused with 503 instead of exhausting memory.</summary>
internal sealed class BackgroundActivityQueue
{
    private const int Capacity = 10_000;

    private readonly Channel<Activity> channel = Channel.CreateBounded<Activity>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    public bool TryEnqueue(Activity activity) => channel.Writer.TryWrite(activity);

    public ChannelReader<Activity> Reader => channel.Reader;
}
