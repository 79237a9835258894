using MeetingBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MeetingBot.Tests.Telemetry;

/// <summary>
/// The pipeline is built only when something exports: without an exporter it listened to every request for no reader.
/// </summary>
public sealed class TelemetryRegistrationTests
{
    [Fact]
    public async Task Host_NoExporterConfigured_BuildsNoPipeline()
    {
        await using var app = Build();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Host_OtlpEndpointConfigured_BuildsTracesAndMetrics()
    {
        // Port 9 (discard): nothing is exported in this test, the providers are only built.
        await using var app = Build("--OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:9");

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    private static WebApplication Build(params string[] extra)
    {
        var data = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "data");
        return MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={data}", .. extra]);
    }
}
