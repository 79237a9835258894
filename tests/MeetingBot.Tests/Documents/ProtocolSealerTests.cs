using MeetingBot.Documents;
using Microsoft.Extensions.Logging.Abstractions;

namespace MeetingBot.Tests.Documents;

public sealed class ProtocolSealerTests
{
    [Fact]
    public async Task SealAsync_NoCertificateConfigured_PassesThePdfThroughAndSaysNotConfigured()
    {
        var sealer = new UnconfiguredProtocolSealer(NullLogger<UnconfiguredProtocolSealer>.Instance);
        byte[] pdf = [.. "%PDF-1.7 protokoll"u8];
        using var output = new MemoryStream();

        var result = await sealer.SealAsync(new MemoryStream(pdf), output, CancellationToken.None);

        Assert.Equal(SealStatus.NotConfigured, result.Status);
        Assert.False(result.IsSealed);
        Assert.Equal(pdf, output.ToArray());
    }

    [Fact]
    public void Validate_NothingConfigured_Succeeds()
    {
        Assert.True(new SigningOptionsValidator().Validate(null, new SigningOptions()).Succeeded);
    }

    [Theory]
    [InlineData("/nonexistent/seal.pfx", null, null, "Signing:CertificatePath: no such file")]
    [InlineData(null, "https://kv-meetingbot.vault.azure.net/", null, "Signing:CertificateName is required")]
    [InlineData(null, "http://kv-meetingbot.vault.azure.net/", "sigill", "Signing:KeyVaultUri must be the vault's https address")]
    public void Validate_IncompleteOrWrongSettings_FailsNamingTheKey(string? path, string? vault, string? name, string expected)
    {
        var options = new SigningOptions { CertificatePath = path, KeyVaultUri = vault is null ? null : new Uri(vault), CertificateName = name };

        var result = new SigningOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FileAndKeyVaultBoth_Fails()
    {
        var path = Path.GetTempFileName();
        try
        {
            var options = new SigningOptions { CertificatePath = path, KeyVaultUri = new Uri("https://kv.vault.azure.net/"), CertificateName = "sigill" };

            Assert.Contains("not both", new SigningOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
