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
                var client = new CertificateClient(options.KeyVaultUri!, AzureCredentials.For(options.ManagedIdentityClientId));
                return new KeyVaultProtocolSealer(client, options.CertificateName!, sp.GetRequiredService<ILogger<KeyVaultProtocolSealer>>());
            }

            DocumentsLog.SealingNotConfigured(sp.GetRequiredService<ILogger<UnconfiguredProtocolSealer>>());
            return new UnconfiguredProtocolSealer(sp.GetRequiredService<ILogger<UnconfiguredProtocolSealer>>());
        });
        return builder;
    }
}
