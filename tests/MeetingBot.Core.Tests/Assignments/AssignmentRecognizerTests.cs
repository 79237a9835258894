using MeetingBot.Core.Assignments;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;
using MeetingBot.Core.Tests.Protocols;

namespace MeetingBot.Core.Tests.Assignments;

/// <summary>The assignments found in the seed protocol and in one variant per phrasing.</summary>
public sealed class AssignmentRecognizerTests
{
    private static readonly DateOnly[] Series2025 = [new(2025, 8, 22), new(2025, 9, 26), new(2025, 10, 24), new(2025, 11, 21)];

    private static Protocol Parsed(string items) => ProtocolTextParser.Parse(ProtocolText.With(items: items));

    private static Assignment Single(string clause, params DateOnly[] series) =>
        Assert.Single(AssignmentRecognizer.Recognise(Parsed($"1. Mötets öppnande\n2. Ärendet\nMötet beslutar\n{clause}\nMötet avslutas\n"), series));

    [Fact]
    public void Recognise_Seed_FindsTheCommissionInItem4Only()
    {
        var seed = ProtocolTextParser.Parse(Fixture.SeedText());

        var assignment = Assert.Single(AssignmentRecognizer.Recognise(seed, []));

        Assert.Equal(("5/2025", 4, 1), (assignment.Protocol, assignment.Item, assignment.Clause));
        Assert.Equal("sekretariatschef", assignment.Owner);
        Assert.Equal(
            "försätta dialog med berörda om att återuppta dialog med SKR och Arbetsförmedling om försöksverksamhet på arbetsmarknadsområdet",
            assignment.Task);
        Assert.Null(assignment.Due);
        Assert.Null(assignment.DueText);
    }

    [Fact]
    public void Recognise_UppdraTillWithBoardMeetingDate_SplitsOwnerTaskAndDue()
    {
        var a = Single("att uppdra till sekretariatet att ta fram ett gemensamt yttrande över trafikplanen till styrelsemötet den 31 oktober");

        Assert.Equal("sekretariatet", a.Owner);
        Assert.Equal("ta fram ett gemensamt yttrande över trafikplanen", a.Task);
        Assert.Equal(new DateOnly(2025, 10, 31), a.Due);
        Assert.Equal("till styrelsemötet den 31 oktober", a.DueText);
    }

    [Fact]
    public void Recognise_UppdraAt_ReadsOwner()
    {
        var a = Single("att uppdra åt HR-nätverket att kartlägga kompetensbehoven senast den 15 oktober");

        Assert.Equal(("HR-nätverket", "kartlägga kompetensbehoven"), (a.Owner, a.Task));
        Assert.Equal((new DateOnly(2025, 10, 15), "senast den 15 oktober"), (a.Due, a.DueText));
    }

    [Fact]
    public void Recognise_GeIUppdrag_ReadsOwnerAndYearEnd()
    {
        var a = Single("att ge Näringsliv och destinationsnätverket i uppdrag att ta fram en handlingsplan under 2026");

        Assert.Equal(("Näringsliv och destinationsnätverket", "ta fram en handlingsplan"), (a.Owner, a.Task));
        Assert.Equal((new DateOnly(2026, 12, 31), "under 2026"), (a.Due, a.DueText));
    }

    [Fact]
    public void Recognise_FarIUppdrag_ReadsOwner()
    {
        var a = Single("att Helsingborgs stad får i uppdrag att samordna idrottsgalan");

        Assert.Equal(("Helsingborgs stad", "samordna idrottsgalan"), (a.Owner, a.Task));
        Assert.Null(a.Due);
    }

    [Fact]
    public void Recognise_AterkommerTillNastaMote_ResolvesTheNextMeetingOfTheSeries()
    {
        var a = Single("att sekretariatet återkommer med ett förslag till nästa möte", Series2025);

        Assert.Equal(("sekretariatet", "återkommer med ett förslag"), (a.Owner, a.Task));
        Assert.Equal((new DateOnly(2025, 8, 22), "till nästa möte"), (a.Due, a.DueText));
    }

    [Fact]
    public void Recognise_TillNastaMoteWithoutAKnownSeries_KeepsTheWordsWithoutADate()
    {
        var a = Single("att sekretariatet återrapporterar till nästa möte");

        Assert.Null(a.Due);
        Assert.Equal("till nästa möte", a.DueText);
    }

    [Fact]
    public void Recognise_NextMeetingInTheProtocolsOwnPlan_IsThatMeeting()
    {
        // The seed decides the 2026 meetings in §9; a clause of the same protocol can name the next of them
        // once none of 2025 is known.
        var text = Fixture.SeedText().Replace(
            "att projektet ”Arbetsgivarvarumärke",
            "att sekretariatet återrapporterar till nästa möte\n\natt projektet ”Arbetsgivarvarumärke",
            StringComparison.Ordinal);

        var a = Assert.Single(AssignmentRecognizer.Recognise(ProtocolTextParser.Parse(text), []), x => x.Item == 8);

        Assert.Equal(new DateOnly(2026, 1, 23), a.Due);
    }

    [Fact]
    public void Recognise_MeetingInAMonth_IsTheSeriesMeetingThatMonth()
    {
        var a = Single("att ekonominätverket återkommer med en budget till mötet i oktober", Series2025);

        Assert.Equal((new DateOnly(2025, 10, 24), "till mötet i oktober"), (a.Due, a.DueText));
    }

    [Fact]
    public void Recognise_VarjeKommun_IsAnAssignmentOfEachMunicipality()
    {
        var a = Single("att varje kommun utser en kontaktperson senast den 15 oktober");

        Assert.Equal(("varje kommun", "utser en kontaktperson"), (a.Owner, a.Task));
        Assert.Equal(new DateOnly(2025, 10, 15), a.Due);
    }

    [Fact]
    public void Recognise_DateEarlierInTheYearThanTheMeeting_FallsInTheNextYear()
    {
        var a = Single("att uppdra till sekretariatet att sammanställa remissvaren senast den 15 januari");

        Assert.Equal(new DateOnly(2026, 1, 15), a.Due);
    }

    [Fact]
    public void Recognise_NumericDayAndMonth_IsADate()
    {
        var a = Single("att uppdra till sekretariatschef att presentera förslag på styrelsemötet den 29/8");

        Assert.Equal(("presentera förslag", new DateOnly(2025, 8, 29)), (a.Task, a.Due));
    }

    [Theory]
    [InlineData("att tacka för informationen")]
    [InlineData("att godkänna budgeten för 2026")]
    [InlineData("att projektet ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20")]
    [InlineData("att kommundirektörsgruppen under 2026 sammanträder 8:30 – 13:00 på följande datum")]
    [InlineData("att lägga rapporten till handlingarna")]
    public void Recognise_DecisionWithoutFollowUp_IsNoAssignment(string clause)
    {
        Assert.Empty(AssignmentRecognizer.Recognise(Parsed($"1. Mötets öppnande\n2. Ärendet\nMötet beslutar\n{clause}\nMötet avslutas\n"), []));
    }

    [Fact]
    public void Recognise_ClauseWrappedOverLines_ReadsAsOne()
    {
        var a = Single("att uppdra till\nsekretariatet att ta fram ett gemensamt yttrande över\ntrafikplanen till styrelsemötet den 31\noktober");

        Assert.Equal(("sekretariatet", "ta fram ett gemensamt yttrande över trafikplanen"), (a.Owner, a.Task));
        Assert.Equal(new DateOnly(2025, 10, 31), a.Due);
    }

    [Fact]
    public void Recognise_SecondClauseOfAnItem_KeepsItsPosition()
    {
        var assignments = AssignmentRecognizer.Recognise(
            Parsed("1. Mötets öppnande\n2. Ärendet\nMötet beslutar\natt tacka för informationen\natt ge sekretariatet i uppdrag att boka lokal\nMötet avslutas\n"), []);

        var a = Assert.Single(assignments);
        Assert.Equal((2, 1), (a.Item, a.Clause));
    }
}
