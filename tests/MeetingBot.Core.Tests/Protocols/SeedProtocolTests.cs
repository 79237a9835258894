using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Core.Tests.Protocols;

/// <summary>The customer's reference protocol, "Protokoll nr 5 2025", read as the issue specifies.</summary>
public sealed class SeedProtocolTests
{
    private static readonly Protocol Seed = ProtocolTextParser.Parse(Fixture.SeedText());

    [Fact]
    public void Parse_Seed_ReadsHeading()
    {
        Assert.Equal(5, Seed.Number);
        Assert.Equal(2025, Seed.Year);
        Assert.Equal("Kommundirektörsmöte i Familjen Helsingborg", Seed.Title);
    }

    [Fact]
    public void Parse_Seed_ReadsDateTimesAndPlace()
    {
        Assert.Equal(new DateOnly(2025, 6, 13), Seed.Date);
        Assert.Equal(new TimeOnly(8, 30), Seed.Start);
        Assert.Equal(new TimeOnly(12, 0), Seed.End);
        Assert.Equal("Mindpark, Bredgatan 11, Helsingborg", Seed.Location);
        Assert.Equal("Studion", Seed.Room);
    }

    [Fact]
    public void Parse_Seed_ReadsElevenPresentTwoPerLine()
    {
        Assert.Equal(
            [
                new("Kristina Magnusson", "Bjuv"), new("Åsa Simonsson", "Svalöv"),
                new("Jonas Jönsson", "Båstad"), new("Elin Ask", "Ängelholm"),
                new("Carina Leffler", "Helsingborg"), new("Christer Paulsson", "Åstorp"),
                new("Herman Crespin", "Höganäs"), new("Ardiana Demjaha", "Örkelljunga"),
                new("Pernilla Anderberg", "Landskrona"), new("Christian Dahlmann", "sekretariatet"),
                new Participant("Henry Roos", "Perstorp"),
            ],
            Seed.Present);
    }

    [Fact]
    public void Parse_Seed_ReadsOneAbsent()
    {
        Assert.Equal([new Participant("Tomas Rikse", "Klippan")], Seed.Absent);
    }

    [Fact]
    public void Parse_Seed_ReadsNineItemsInOrder()
    {
        Assert.Equal(Enumerable.Range(1, 9), Seed.Items.Select(item => item.Number));
        Assert.Equal("Mötets öppnande och incheckning", Seed.Items[0].Title);
        Assert.Equal("Traineeprojekt 2025/2026", Seed.Items[7].Title);
        Assert.Equal("Kommundirektörsgruppens möten under 2026", Seed.Items[8].Title);
    }

    [Fact]
    public void Parse_Seed_FirstItemHasNoSummaryNorDecisions()
    {
        var opening = Seed.Items[0];

        Assert.Null(opening.Summary);
        Assert.Empty(opening.Presenters);
        Assert.Empty(opening.Attachments);
        Assert.Empty(opening.Decisions);
    }

    [Fact]
    public void Parse_Seed_JoinsWrappedSummaryWithoutLabel()
    {
        var item = Seed.Items[1];

        Assert.Equal("Civilt försvar och krisberedskap", item.Title);
        Assert.StartsWith("Länsstyrelsens har tagit fram en struktur för samverkan i Skåne län inom krisberedskap", item.Summary, StringComparison.Ordinal);
        Assert.EndsWith("mellan Länsstyrelsen och kommunerna.", item.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", item.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", item.Summary, StringComparison.Ordinal);
        Assert.Equal(["Kajsa Helmbring, försvarsdirektör, Länsstyrelsen Skåne"], item.Presenters);
        Assert.Equal(["att tacka för informationen"], item.Decisions);
    }

    [Fact]
    public void Parse_Seed_StripsSummaryLabelWithColon()
    {
        Assert.Equal(
            "Nätverket Näringsliv och destination har en fast finansiering om 1,5 miljon kronor. Nätverket rapporterar en gång i halvåret om genomförda aktiviteter och satsningar.",
            Seed.Items[2].Summary);
    }

    [Fact]
    public void Parse_Seed_JoinsWrappedPresenter()
    {
        Assert.Equal(["Helena Wennerström, sammankallande Näringsliv och destinationsnätverket"], Seed.Items[2].Presenters);
    }

    [Fact]
    public void Parse_Seed_PresenterLosesStrayFullStop()
    {
        Assert.Equal(["Daniel Nilsson, sammankallande fritidschefsnätverket"], Seed.Items[6].Presenters);
    }

    [Fact]
    public void Parse_Seed_ItemFourHasTwoDecisions()
    {
        Assert.Equal(
            [
                "att tacka för informationen",
                "att uppdra till sekretariatschef att försätta dialog med berörda om att återuppta dialog med SKR och Arbetsförmedling om försöksverksamhet på arbetsmarknadsområdet",
            ],
            Seed.Items[3].Decisions);
    }

    [Fact]
    public void Parse_Seed_ItemEightKeepsDigitsInTitleAndQuotesInDecision()
    {
        var item = Seed.Items[7];

        Assert.Equal("Presentation av sekretariatets förslag på traineeprojekt för traineegrupp 20.", item.Summary);
        Assert.Equal(["att projektet ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20"], item.Decisions);
    }

    [Fact]
    public void Parse_Seed_ItemNineHasAttachment()
    {
        Assert.Equal(["Bilaga 1: Förslag på mötestider 2026 för kommundirektörsgruppen"], Seed.Items[8].Attachments);
    }

    [Fact]
    public void Parse_Seed_ItemNineDecisionKeepsItsListOfTenDates()
    {
        var decision = Assert.Single(Seed.Items[8].Decisions);

        Assert.Equal(
            "att kommundirektörsgruppen under 2026 sammanträder 8:30 – 13:00 på följande datum:\n"
            + "- 23 januari\n- 27 februari\n- 27 mars\n- 17 april\n- 22 maj\n"
            + "- 21 augusti\n- 25 september\n- 23 oktober\n- 20 november\n- 11 december",
            decision);
    }

    [Fact]
    public void Parse_Seed_DropsSignaturePage()
    {
        var all = string.Join('\n', Seed.Items.SelectMany(item => new[] { item.Title, item.Summary ?? string.Empty }.Concat(item.Decisions)));

        Assert.DoesNotContain("Underskriftssida", all, StringComparison.Ordinal);
        Assert.DoesNotContain("eIDAS", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Mötet avslutas", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Seed_NoValueKeepsALabel()
    {
        string[] labels = ["Sammanfattning", "Föredragande", "Underlag", "Mötet beslutar"];
        var values = Seed.Items.SelectMany(item => new[] { item.Summary ?? string.Empty }.Concat(item.Presenters).Concat(item.Attachments).Concat(item.Decisions));

        Assert.All(values, value => Assert.DoesNotContain(labels, label => value.Contains(label, StringComparison.Ordinal)));
    }
}
