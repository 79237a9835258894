using System.Text;
using MeetingBot.Calendar.Graph;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>How much of an untrusted notification body is read before its clientState is known.</summary>
public sealed class GraphNotificationBodyTests
{
    private const string Secret = "e8b1f7c2-secret-state";

    [Fact]
    public async Task ReadAsync_WrongClientStateFirst_ReadsNoMoreThanTheWindow()
    {
        var body = new CountingStream(Encoding.UTF8.GetBytes(
            """{"value":[{"subscriptionId":"s","clientState":"forged","changeType":"updated"},""" + new string(' ', 4 * GraphNotificationBody.MaxBodyBytes) + "]}"));

        var read = await GraphNotificationBody.ReadAsync(Request(body), Secret, CancellationToken.None);

        Assert.Equal(ReadOutcome.Unauthentic, read.Outcome);
        Assert.True(body.BytesRead <= GraphNotificationBody.ClientStateWindowBytes, $"read {body.BytesRead} bytes");
    }

    [Fact]
    public async Task ReadAsync_FirstNotificationWithoutClientState_Unauthentic()
    {
        var body = new CountingStream(Encoding.UTF8.GetBytes("""{"value":[{"subscriptionId":"s","resourceData":{"clientState":"e8b1f7c2-secret-state"}},{"clientState":"e8b1f7c2-secret-state"}]}"""));

        var read = await GraphNotificationBody.ReadAsync(Request(body), Secret, CancellationToken.None);

        Assert.Equal(ReadOutcome.Unauthentic, read.Outcome);
    }

    [Fact]
    public async Task ReadAsync_OurClientState_ReadsAllNotifications()
    {
        var body = new CountingStream(Encoding.UTF8.GetBytes(
            """{"value":[{"clientState":"e8b1f7c2-secret-state","subscriptionId":"a"},{"clientState":"e8b1f7c2-secret-state","subscriptionId":"b"}]}"""));

        var read = await GraphNotificationBody.ReadAsync(Request(body), Secret, CancellationToken.None);

        Assert.Equal(ReadOutcome.Read, read.Outcome);
        Assert.Equal(2, read.Notifications.Count);
    }

    private static HttpRequest Request(Stream body) => new DefaultHttpContext { Request = { Body = body } }.Request;

    /// <summary>A memory stream's position is exactly what was read from it.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead => Position;
    }
}
