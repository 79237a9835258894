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
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is; with neither, nothing leaves the process.
    /// </summary>
    public static IHostApplicationBuilder AddMeetingBotTelemetry(this IHostApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
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

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            telemetry.UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(builder.Configuration[ApplicationInsightsVariable]))
        {
            telemetry.UseAzureMonitor();
        }

        return builder;
    }
}
