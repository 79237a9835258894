using MeetingBot.Core.Assignments;

namespace MeetingBot.Core.Tests.Assignments;

public sealed class ReportBackItemsTests
{
    private static readonly DateOnly Meeting = new(2025, 10, 24);

    private static TrackedAssignment Due(int id, DateOnly? due, bool done = false) =>
        new(id, new Assignment(6, 2025, id, 0, "sekretariatet", $"uppgift {id}", due, due is null ? null : "senast den"), done, null, null);

    [Fact]
    public void For_OpenAndDueByTheMeeting_OffersOnlyThoseSoonestFirst()
    {
        var offers = ReportBackItems.For(
            [Due(1, Meeting.AddDays(1)), Due(2, Meeting), Due(3, Meeting.AddDays(-30)), Due(4, null), Due(5, Meeting, done: true)],
            Meeting, []);

        Assert.Equal([3, 2], offers.Select(o => o.AssignmentId));
        Assert.Equal("Återrapportering: uppgift 2", offers[1].Title);
        Assert.Equal("Uppdrag till sekretariatet enligt protokoll 6/2025 § 2, senast den.", offers[1].Summary);
    }

    [Fact]
    public void For_ItemAlreadyOnTheAgenda_IsNotOfferedAgain()
    {
        Assert.Empty(ReportBackItems.For([Due(2, Meeting)], Meeting, ["Återrapportering: uppgift 2"]));
    }
}
