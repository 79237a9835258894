using MeetingBot.Core.Questions;
using MeetingBot.Questions;
using Microsoft.Extensions.Logging.Abstractions;

namespace MeetingBot.Tests.Questions;

public sealed class AnswerSynthesizerTests : IAsyncLifetime
{
    private static readonly Answer Retrieved = new("Vad beslutades om traineeprojektet?", AnswerKind.Decisions,
    [
        new DecisionAnswer("5/2025", 8, new DateOnly(2025, 6, 13), "Traineeprojekt 2025/2026",
            "att projektet ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20"),
    ], "retrieval text");

    private FakeAzureOpenAI fake = null!;

    public async Task InitializeAsync() => fake = await FakeAzureOpenAI.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    private AnswerSynthesizer Synthesizer() => new(
        QuestionServices.CreateChatClient(new AzureOpenAIOptions { Endpoint = fake.Endpoint, Deployment = "gpt-4o", ApiKey = "test-key" }),
        NullLogger<AnswerSynthesizer>.Instance);

    [Fact]
    public async Task RewriteAsync_GroundedReply_ReplacesTheTextAndKeepsTheQuotes()
    {
        fake.Reply = "Mötet beslutade att ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20 (Protokoll nr 5 2025, § 8).";

        var answer = await Synthesizer().RewriteAsync(Retrieved, CancellationToken.None);

        Assert.Equal(fake.Reply, answer.Text);
        Assert.Equal(Retrieved.Answers, answer.Answers);
        var sources = fake.Requests.Single()["messages"]![1]!["content"]!.GetValue<string>();
        Assert.Contains("Protokoll nr 5 2025, § 8, 13 juni 2025", sources);
        Assert.Equal("gpt-4o", fake.Requests.Single()["model"]!.GetValue<string>());
        Assert.Equal("Bearer test-key", fake.Authorizations.Single());
    }

    [Fact]
    public async Task RewriteAsync_ReplyCitingAnotherParagraph_KeepsTheRetrievedText()
    {
        fake.Reply = "Mötet beslutade om budgeten (Protokoll nr 5 2025, § 9).";

        var answer = await Synthesizer().RewriteAsync(Retrieved, CancellationToken.None);

        Assert.Equal("retrieval text", answer.Text);
    }

    [Fact]
    public async Task RewriteAsync_ServiceRefuses_KeepsTheRetrievedText()
    {
        fake.Status = 400;

        var answer = await Synthesizer().RewriteAsync(Retrieved, CancellationToken.None);

        Assert.Equal("retrieval text", answer.Text);
    }

    [Fact]
    public async Task RewriteAsync_NothingRetrieved_NeverAsksTheModel()
    {
        var notFound = new Answer("Vad beslutades om kollektivtrafiken?", AnswerKind.NotFound, [], "Jag hittar inget beslut om det.");

        var answer = await Synthesizer().RewriteAsync(notFound, CancellationToken.None);

        Assert.Same(notFound, answer);
        Assert.Empty(fake.Requests);
    }
}
