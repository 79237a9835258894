using MeetingBot.Testing;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.BotFramework.Tests.Storage;

public sealed class InMemoryActivityDeduplicationStoreTests
{
    private static readonly ActivityKey Key = new("a:conversation", "1");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 27, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryClaimAsync_SecondClaim_IsDuplicateWithSavedResponse()
    {
        var store = new InMemoryActivityDeduplicationStore(time);
        await store.TryClaimAsync(Key, time.GetUtcNow().AddMinutes(15), CancellationToken.None);
        await store.SaveInvokeResponseAsync(Key, InvokeResponse.Message("ok"), CancellationToken.None);

        var second = await store.TryClaimAsync(Key, time.GetUtcNow().AddMinutes(15), CancellationToken.None);

        Assert.False(second.IsFirst);
        Assert.Equal(200, second.InvokeResponse!.Status);
    }

    [Fact]
    public async Task TryClaimAsync_AfterExpiry_IsFirstAgain()
    {
        var store = new InMemoryActivityDeduplicationStore(time);
        await store.TryClaimAsync(Key, time.GetUtcNow().AddMinutes(15), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(16));

        Assert.True((await store.TryClaimAsync(Key, time.GetUtcNow().AddMinutes(15), CancellationToken.None)).IsFirst);
    }

    [Fact]
    public async Task TryClaimAsync_AfterRelease_IsFirstAgain()
    {
        var store = new InMemoryActivityDeduplicationStore(time);
        await store.TryClaimAsync(Key, time.GetUtcNow().AddMinutes(15), CancellationToken.None);
        await store.ReleaseAsync(Key, CancellationToken.None);

        Assert.True((await store.TryClaimAsync(Key, time.GetUtcNow().AddMinutes(15), CancellationToken.None)).IsFirst);
    }

    [Fact]
    public async Task TryClaimAsync_ConcurrentClaims_ExactlyOneIsFirst()
    {
        var store = new InMemoryActivityDeduplicationStore(time);

        var claims = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => store.TryClaimAsync(Key, time.GetUtcNow().AddMinutes(15), CancellationToken.None))));

        Assert.Single(claims, c => c.IsFirst);
    }
}
