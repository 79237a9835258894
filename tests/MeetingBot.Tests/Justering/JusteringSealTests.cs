using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MeetingBot.Core.Cards;
using MeetingBot.Justering.Storage;
using MeetingBot.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Justering;

/// <summary>
/// The sealed path: with a certificate configured (a throwaway PFX made here, <c>Signing:CertificatePath</c>)
/// the justerat PDF carries a signature Debian's pdfsig validates, and the channel card says it is sealed.
/// </summary>
public sealed partial class JusteringSealTests
{
    /// <summary>A throwaway organisation certificate as a PFX file, as Development and tests configure one (<c>Signing:CertificatePath</c>).</summary>
    private static byte[] ThrowawayPfx()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Familjen Helsingborg test seal, O=Familjen Helsingborg", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return created.Export(X509ContentType.Pfx, "test");
    }

    private sealed class TemporaryFile(string path) : IDisposable
    {
        public void Dispose() => File.Delete(path);
    }

    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    [Fact]
    public async Task Justerat_WithACertificate_IsSealedAndPdfsigValidatesIt()
    {
        var pfx = Path.Combine(Path.GetTempPath(), "meetingbot-seal-" + Guid.NewGuid().ToString("N") + ".pfx");
        await File.WriteAllBytesAsync(pfx, ThrowawayPfx());
        using var cleanup = new TemporaryFile(pfx);
        await using var host = await FlowHost.StartAsync("--Scheduling:Enabled=false", $"--Signing:CertificatePath={pfx}", "--Signing:CertificatePassword=test");
        await host.SayInChannelAsync(FlowHost.Secretary, $"justerare {host.MeetingDateText}: Kristina Magnusson, Tomas Rikse");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Protokollet för mötet", StringComparison.Ordinal) == true);
        await host.SayAsync(FlowHost.Secretary, $"fastställ protokoll {host.MeetingDateText}");
        await host.Teams.WaitForAsync(c => Text(c)?.Contains("är fastställt och låst", StringComparison.Ordinal) == true);
        await host.SayAsync(FlowHost.Secretary, $"skicka för justering {host.MeetingDateText}");
        await host.Teams.WaitForAsync(c => Text(c)?.Contains("(version 1", StringComparison.Ordinal) == true);

        foreach (var user in new[] { FlowHost.Kristina, FlowHost.Tomas })
        {
            await host.PressAsync(user, user.PersonalChatId, CardVerbs.Approve, new JsonObject { [CardInputs.MeetingId] = host.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture), [CardInputs.Version] = 1 });
        }

        var channelCard = await host.Teams.WaitForAsync(c => c.Method == "POST" && c.Path.Contains(FlowHost.ChannelId, StringComparison.Ordinal)
            && (c.Body?.ToJsonString() ?? "").Contains("justerat", StringComparison.Ordinal) && c.Body?["attachments"] is not null);
        var card = channelCard.Body!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("PDF:en är elektroniskt förseglad.", card, StringComparison.Ordinal);
        Assert.True((await host.Services.GetRequiredService<JusteringStore>().JusteratAsync(host.MeetingId, CancellationToken.None))!.Sealed);

        var pdf = await (await host.GetAsync(new Uri(FinalLink().Match(card).Value))).Content.ReadAsByteArrayAsync();
        var (_, verdict) = await Poppler.RunAsync("pdfsig", pdf);
        Assert.Contains("Signature is Valid", verdict, StringComparison.Ordinal);
        Assert.Contains("Familjen Helsingborg test seal", verdict, StringComparison.Ordinal);
        Assert.Contains("Underskriftssida", await Poppler.TextAsync(pdf), StringComparison.Ordinal);

        // One byte of the signed range changed (inside the header comment): the seal shows it.
        var tampered = (byte[])pdf.Clone();
        tampered[10] ^= 0x01;
        var (_, tamperedVerdict) = await Poppler.RunAsync("pdfsig", tampered);
        Assert.DoesNotContain("Signature is Valid", tamperedVerdict, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/protocols/\d+/pdf\?version=final&expires=\d+&sig=[A-Za-z0-9_-]+")]
    private static partial Regex FinalLink();
}
