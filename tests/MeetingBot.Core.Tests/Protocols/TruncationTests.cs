using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Core.Tests.Protocols;

/// <summary>Guards "never a stack trace": a protocol cut anywhere either reads or fails with a DomainException.</summary>
public sealed class TruncationTests
{
    [Fact]
    public void Parse_SeedCutAtAnyPoint_ReadsOrThrowsDomainException()
    {
        var seed = Fixture.SeedText();
        var unexpected = new List<string>();
        for (var length = 0; length <= seed.Length; length += 11)
        {
            try
            {
                ProtocolTextParser.Parse(seed[..length]);
            }
            catch (DomainException)
            {
                // The expected failure for a cut protocol.
            }
            catch (Exception ex)
            {
                unexpected.Add($"{length}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.Empty(unexpected);
    }

    [Fact]
    public void Parse_SeedCutAfterFirstItem_HasOneItem()
    {
        var seed = Fixture.SeedText();

        var protocol = ProtocolTextParser.Parse(seed[..seed.IndexOf("2. Civilt", StringComparison.Ordinal)]);

        Assert.Single(protocol.Items);
    }

    [Fact]
    public void Parse_SeedWithLinesShuffledOutOfOrder_ReadsOrThrowsDomainException()
    {
        var lines = Fixture.SeedText().Split('\n');
        var random = new Random(2025);
        for (var round = 0; round < 50; round++)
        {
            var shuffled = lines.OrderBy(_ => random.Next()).ToArray();
            var ex = Record.Exception(() => ProtocolTextParser.Parse(string.Join('\n', shuffled)));
            Assert.True(ex is null or DomainException, $"round {round}: {ex}");
        }
    }
}
