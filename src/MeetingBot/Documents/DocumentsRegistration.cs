using System.Runtime.CompilerServices;
using Azure.Security.KeyVault.Certificates;
using MeetingBot.Hosting;
using Microsoft.Extensions.Options;

namespace MeetingBot.Documents;

/// <summary>Registers <see cref="IProtocolSealer"/> from <c>Signing:*</c>: a PFX file, Key Vault, or (neither) no sealing.</summary>
internal static class DocumentsRegistration
{
    public static IHostApplicationBuilder AddProtocolSealing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SigningOptions>().Bind(builder.Configuration.GetSection(SigningOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SigningOptions>, SigningOptionsValidator>();
        builder.Services.AddSingleton<IProtocolSealer>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SigningOptions>>().Value;
            if (options.UsesFile)
            {
                return new PfxProtocolSealer(options.CertificatePath!, options.CertificatePassword, sp.GetRequiredService<ILogger<PfxProtocolSealer>>());
            }

            if (options.UsesKeyVault)
            {
                return KeyVaultSealer(options, sp.GetRequiredService<ILogger<KeyVaultProtocolSealer>>());
            }

            DocumentsLog.SealingNotConfigured(sp.GetRequiredService<ILogger<UnconfiguredProtocolSealer>>());
            return new UnconfiguredProtocolSealer(sp.GetRequiredService<ILogger<UnconfiguredProtocolSealer>>());
        });
        return builder;
    }

    /// <summary>Apart from the factory, so that without Key Vault its client's assemblies are never loaded.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static KeyVaultProtocolSealer KeyVaultSealer(SigningOptions options, ILogger<KeyVaultProtocolSealer> logger) =>
        new(new CertificateClient(options.KeyVaultUri!, AzureCredentials.For(options.ManagedIdentityClientId)), options.CertificateName!, logger);
}
