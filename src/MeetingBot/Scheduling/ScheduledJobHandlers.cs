using MeetingBot.Core.Scheduling;

namespace MeetingBot.Scheduling;

/// <summary>The registered handlers by kind; a kind registered twice is a wiring mistake and fails at start-up.</summary>
internal sealed class ScheduledJobHandlers
{
    private readonly Dictionary<JobKind, IScheduledJobHandler> byKind;

    public ScheduledJobHandlers(IEnumerable<IScheduledJobHandler> handlers)
    {
        byKind = [];
        foreach (var handler in handlers)
        {
            if (!byKind.TryAdd(handler.Kind, handler))
            {
                throw new InvalidOperationException($"Two scheduled job handlers are registered for {handler.Kind}: {byKind[handler.Kind].GetType().Name} and {handler.GetType().Name}.");
            }
        }
    }

    public IReadOnlyCollection<JobKind> Kinds => byKind.Keys;

    public bool Handles(JobKind kind) => byKind.ContainsKey(kind);

    public IScheduledJobHandler For(JobKind kind) => byKind[kind];
}
