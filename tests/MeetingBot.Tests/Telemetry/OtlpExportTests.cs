using System.Net;
using System.Text;
using MeetingBot.Tests.Bot;

namespace MeetingBot.Tests.Telemetry;

/// <summary>
/// The real host with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> pointing at a local collector: a message,
/// a forged request and a stop, then what reached the collector.
/// </summary>
public sealed class OtlpExportTests
{
    private const string SecretWord = "zebrafinkarna";

    [Fact]
    public async Task Host_OtlpEndpointSet_ExportsTracesMetricsAndLogsWithoutTokensOrMessageText()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var host = await FlowHost.StartAsync(
            $"--OTEL_EXPORTER_OTLP_ENDPOINT={collector.Endpoint}",
            "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf");

        using (var answered = await host.SayAsync(FlowHost.Kristina, $"Vad beslutades om {SecretWord}?"))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        await host.Teams.WaitForAsync(c => c.Method == "POST" && c.Body?["text"] is not null);
        var token = host.LastToken!;
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using (var client = new HttpClient { BaseAddress = host.BaseAddress })
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent("{\"type\":\"message\"}", Encoding.UTF8, "application/json") })
        {
            request.Headers.Authorization = new("Bearer", forged);
            using var refused = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        // Disposing the host disposes the providers, which flush whatever the batch and periodic exporters still hold.
        await host.ShutDownAsync();

        Assert.Contains(collector.Of("metrics"), e => e.Contains("botframework.activities.received") && e.Contains("message"));
        Assert.Contains(collector.Of("metrics"), e => e.Contains("botframework.authentication.failures"));
        Assert.Contains(collector.Of("metrics"), e => e.Contains("botframework.connector.calls") && e.Contains("http.client.request.duration"));
        Assert.Contains(collector.Of("traces"), e => e.Contains("/api/messages"));
        // Log bodies are searchable like the rest: the host's own start-up line is there.
        Assert.Contains(collector.Of("logs"), e => e.Contains("Application started"));
        Assert.All(collector.Exports, e =>
        {
            Assert.False(e.Contains(SecretWord), $"{e.Path} carries the message text.");
            Assert.False(e.Contains(token), $"{e.Path} carries the bearer token.");
            Assert.False(e.Contains(forged), $"{e.Path} carries the forged token.");
            Assert.False(e.Contains(token.Split('.')[2]), $"{e.Path} carries the token's signature.");
        });
    }
}
