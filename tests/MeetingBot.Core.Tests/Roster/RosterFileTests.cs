using MeetingBot.Core.Roster;

namespace MeetingBot.Core.Tests.Roster;

public sealed class RosterFileTests
{
    [Fact]
    public void Parse_CsvWithBomQuotesAndEscapedQuotes_ReadsEveryField()
    {
        var members = RosterFile.Parse(
            "\uFEFFname,organisation,email,role\r\n" +
            "\"Dahlmann, Christian\",sekretariatet,Christian.Dahlmann@familjenhelsingborg.se,Secretariat\r\n" +
            "\"Anna \"\"Annie\"\" Berg\",Bjuv,,\r\n");

        Assert.Equal(
            [
                new Member("Dahlmann, Christian", "sekretariatet", "Christian.Dahlmann@familjenhelsingborg.se", MemberRole.Secretariat),
                new Member("Anna \"Annie\" Berg", "Bjuv", null, MemberRole.Member),
            ],
            members);
    }

    [Fact]
    public void Parse_CsvColumnsInOtherOrderWithSemicolons_ReadByHeader()
    {
        var members = RosterFile.Parse("role;email;name;organisation\nmember;elin.ask@engelholm.se;Elin Ask;Ängelholm\n");

        Assert.Equal([new Member("Elin Ask", "Ängelholm", "elin.ask@engelholm.se", MemberRole.Member)], members);
    }

    [Fact]
    public void Parse_QuotedFieldWithLineBreak_LaterErrorsNameTheRightLine()
    {
        var error = Assert.Throws<DomainException>(() => RosterFile.Parse(
            "name,organisation,email,role\n\"Anna\nBerg\",Bjuv,,member\nBo Ek,,,member\n"));

        Assert.Equal("line 4, field organisation: must not be empty.", error.Message);
    }

    [Fact]
    public void Parse_Json_ReadsEntries()
    {
        var members = RosterFile.Parse("""
            [
              {"name": "Tomas Rikse", "organisation": "Klippan", "email": "tomas.rikse@klippan.se", "role": "member"},
              {"name": "Christian Dahlmann", "organisation": "sekretariatet", "role": "secretariat"}
            ]
            """);

        Assert.Equal(
            [
                new Member("Tomas Rikse", "Klippan", "tomas.rikse@klippan.se", MemberRole.Member),
                new Member("Christian Dahlmann", "sekretariatet", null, MemberRole.Secretariat),
            ],
            members);
    }

    [Theory]
    [InlineData("name,organisation,email,role\nAnna,Bjuv,anna@bjuv.se,chef\n", "line 2, field role: must be member or secretariat, not 'chef'.")]
    [InlineData("name,organisation,email,role\nAnna,Bjuv,anna.bjuv.se,member\n", "line 2, field email: 'anna.bjuv.se' is not an email address.")]
    [InlineData("name,organisation,email,role\nAnna,Bjuv,member\n", "line 2: expected 4 fields as in the header, found 3.")]
    [InlineData("name,organisation,role\nAnna,Bjuv,member\n", "line 1: the header must name the columns name,organisation,email,role; missing email.")]
    [InlineData("name,organisation,email,role\nAnna,Bjuv,a@bjuv.se,member\nBo,Bjuv,A@Bjuv.se,member\n", "line 3, field email: A@Bjuv.se is already on line 2.")]
    [InlineData("name,organisation,email,role\n\"Anna,Bjuv,,member\n", "line 2: a quoted field is not closed.")]
    [InlineData("name,organisation,email,role\n", "The roster file lists no members.")]
    [InlineData("", "The roster file is empty.")]
    [InlineData("""[{"name":"Anna","organisation":"Bjuv"},{"name":"","organisation":"Bjuv"}]""", "entry 2, field name: must not be empty.")]
    [InlineData("""[{"name":"Anna","organisation":"Bjuv","role":3}]""", "entry 1, field role: expected text.")]
    [InlineData("[{\"name\":\"Anna\",\n\"organisation\":}]", "line 2: the roster is not valid JSON.")]
    public void Parse_BadInput_NamesLineAndField(string text, string message)
    {
        var error = Assert.Throws<DomainException>(() => RosterFile.Parse(text));

        Assert.Equal(message, error.Message);
    }
}
