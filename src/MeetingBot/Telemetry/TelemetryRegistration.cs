using System.Runtime.CompilerServices;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using MeetingBot.BotFramework.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MeetingBot.Telemetry;

internal static class TelemetryRegistration
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ApplicationInsightsVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Traces, metrics and logs through OpenTelemetry: the app's and the protocol library's sources,
    /// ASP.NET Core, HttpClient (Connector, Graph, token endpoints) and the runtime. Exported over OTLP
    /// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Application Insights when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is.
    /// </summary>
    /// <remarks>
    /// With neither there is no pipeline at all. One without an exporter still listened to every request,
    /// recorded a span and histogram points for it and routed every log line, for no reader: on the laptop
    /// that was 4 MB of the server's peak under the load driver (199 against 195 MB) and 600 types loaded.
    /// The meters and activity sources stay, so <c>dotnet-counters monitor --counters MeetingBot</c> still
    /// reads the app's metrics. The pipeline is built in a method of its own, so that without an exporter not even
    /// OpenTelemetry's seven assemblies are loaded: compiling a method loads every assembly its body names.
    /// </remarks>
    public static IHostApplicationBuilder AddMeetingBotTelemetry(this IHostApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);
        var applicationInsights = !string.IsNullOrWhiteSpace(builder.Configuration[ApplicationInsightsVariable]);
        if (!otlp && !applicationInsights)
        {
            return builder;
        }

        AddPipeline(builder.Services, otlp, applicationInsights);
        return builder;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddPipeline(IServiceCollection services, bool otlp, bool applicationInsights)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("MeetingBot"))
            .WithTracing(tracing => tracing
                .AddSource(MeetingBotMetrics.Name, BotFrameworkTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz") && !context.Request.Path.StartsWithSegments("/readyz"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(MeetingBotMetrics.Name, BotFrameworkTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithLogging();

        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (applicationInsights)
        {
            telemetry.UseAzureMonitor();
        }
    }
}
