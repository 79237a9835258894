using MeetingBot.Core;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Series;
using MeetingBot.Core.Text;
using MeetingBot.Scheduling.Storage;

namespace MeetingBot.Scheduling;

/// <summary>
/// The schedule as the secretariat sees and changes it in chat. A date without a year means the
/// next such date, as for every chat command, else the one a year before. Errors are <see cref="DomainException"/>s
/// in Swedish, ready to be shown in chat.
/// </summary>
internal sealed class ScheduleService(MeetingSource meetings, JobStore store, SchedulePlanner planner, TimeProvider time)
{
    /// <summary>The reply to a parsed <c>schema</c> or <c>flytta</c> command.</summary>
    /// <param name="language">The secretary's language for the reply.</param>
    public async Task<string> HandleAsync(ScheduleCommand command, CardLanguage language, CancellationToken cancellationToken) => command switch
    {
        ShowSchedule show => await ShowAsync(show.MeetingDate, ScheduleText.For(language), cancellationToken),
        MoveJob move => await MoveReplyAsync(move, ScheduleText.For(language), cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown schedule command."),
    };

    public async Task<(DateOnly Date, IReadOnlyList<ScheduleLine> Lines)> ListForMeetingAsync(SwedishDate date, CancellationToken cancellationToken)
    {
        var meeting = await ResolveAsync(date, cancellationToken);
        await planner.PlanAsync(cancellationToken);
        var jobs = await store.ForMeetingAsync(meeting.Key, cancellationToken);
        return (meeting.Date, [.. jobs.Select(j => new ScheduleLine(j.Kind, StockholmTime.ToLocal(j.DueAt), j.State.ToString().ToLowerInvariant(), j.LastError))]);
    }

    /// <summary>Moves a planned job; the time of day stays the job's own when <paramref name="newTime"/> is null. Returns the new local time.</summary>
    public async Task<DateTimeOffset> MoveAsync(JobKind kind, SwedishDate meetingDate, SwedishDate newDate, TimeOnly? newTime, CancellationToken cancellationToken)
    {
        var meeting = await ResolveAsync(meetingDate, cancellationToken);
        await planner.PlanAsync(cancellationToken);
        var job = (await store.ForMeetingAsync(meeting.Key, cancellationToken)).FirstOrDefault(j => j.Kind == kind && j.Request is null)
            ?? throw Refusal(
                $"Mötet {SwedishDate.Format(meeting.Date)} har ingen \"{ScheduleText.Swedish.KindName(kind).ToLowerInvariant()}\" i schemat.",
                $"The meeting on {CardTexts.English.Date(meeting.Date)} has no \"{ScheduleText.English.KindName(kind).ToLowerInvariant()}\" in the schedule.");
        var date = newDate.Year is null && newDate.ToDate(meeting.Date.Year) > meeting.Date.AddMonths(6)
            ? newDate.ToDate(meeting.Date.Year - 1)
            : newDate.ToDate(meeting.Date.Year);
        var time1 = newTime ?? TimeOnly.FromDateTime(StockholmTime.ToLocal(job.DueAt).DateTime);
        var due = StockholmTime.ToInstant(date, time1);
        if (due <= time.GetUtcNow())
        {
            throw Refusal($"{ScheduleText.Swedish.When(due)} har redan passerat.", $"{ScheduleText.English.When(due)} has already passed.");
        }

        if (!await store.MoveAsync(meeting.Key, kind, due.ToUniversalTime(), cancellationToken))
        {
            throw Refusal(
                $"{ScheduleText.Swedish.KindName(kind)} för mötet {SwedishDate.Format(meeting.Date)} är redan {ScheduleText.Swedish.StateName(job.State.ToString().ToLowerInvariant())} och kan inte flyttas.",
                $"{ScheduleText.English.KindName(kind)} for the meeting on {CardTexts.English.Date(meeting.Date)} is already {ScheduleText.English.StateName(job.State.ToString().ToLowerInvariant())} and cannot be moved.");
        }

        return due;
    }

    private async Task<string> ShowAsync(SwedishDate date, ScheduleText text, CancellationToken cancellationToken)
    {
        var (meetingDate, lines) = await ListForMeetingAsync(date, cancellationToken);
        return text.Schedule(meetingDate, lines);
    }

    private async Task<string> MoveReplyAsync(MoveJob move, ScheduleText text, CancellationToken cancellationToken)
    {
        var due = await MoveAsync(move.Kind, move.MeetingDate, move.NewDate, move.NewTime, cancellationToken);
        var meeting = await ResolveAsync(move.MeetingDate, cancellationToken);
        return text.Moved(move.Kind, meeting.Date, due);
    }

    private async Task<ScheduledMeeting> ResolveAsync(SwedishDate date, CancellationToken cancellationToken)
    {
        // The same reading of a date as every other chat command ("23 januari" in December is next
        // January); a past meeting's schedule is still found when no coming meeting has that date.
        var next = new MeetingReference(date).Resolve(time.GetUtcNow(), []);
        DateOnly?[] candidates = date.Year is null && next is { } upcoming ? [upcoming, upcoming.AddYears(-1)] : [next];
        foreach (var day in candidates.OfType<DateOnly>())
        {
            if ((await meetings.OnDateAsync(day, cancellationToken)).FirstOrDefault() is { } meeting)
            {
                return meeting;
            }
        }

        var when = $"{date.Day}/{date.Month}{(date.Year is { } y ? $" {y}" : string.Empty)}";
        throw Refusal($"Jag hittar inget möte den {when}.", $"I cannot find a meeting on {when}.");
    }

    /// <summary>Schedule commands are typed in chat, so the Swedish text is the message too.</summary>
    private static DomainException Refusal(string swedish, string english) => new(swedish, new UserMessage(swedish, english));
}
