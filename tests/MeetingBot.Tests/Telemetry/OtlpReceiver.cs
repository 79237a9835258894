using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.Telemetry;

/// <summary>One OTLP/HTTP export the host sent: the signal's path and the raw protobuf body.</summary>
internal sealed record OtlpExport(string Path, byte[] Body)
{
    /// <summary>
    /// Whether the protobuf body carries <paramref name="text"/>. Protobuf writes strings as plain UTF-8
    /// bytes, so names, attribute values and log bodies can be found without decoding the message.
    /// </summary>
    public bool Contains(string text) => Body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}

/// <summary>
/// An OpenTelemetry collector stand-in on 127.0.0.1: accepts OTLP/HTTP protobuf exports on
/// <c>/v1/traces</c>, <c>/v1/metrics</c> and <c>/v1/logs</c>, answers 200 with an empty body as the
/// OTLP specification allows, and keeps every body for the test.
/// </summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<OtlpExport> exports = new();

    private OtlpReceiver(WebApplication app) => this.app = app;

    public string Endpoint { get; private set; } = string.Empty;

    public IReadOnlyCollection<OtlpExport> Exports => exports;

    public IEnumerable<OtlpExport> Of(string signal) => exports.Where(e => e.Path == "/v1/" + signal);

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.Run(receiver.ReceiveAsync);
        await app.StartAsync();
        receiver.Endpoint = app.Urls.First();
        return receiver;
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        exports.Enqueue(new OtlpExport(context.Request.Path.Value ?? string.Empty, body.ToArray()));
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/x-protobuf";
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
