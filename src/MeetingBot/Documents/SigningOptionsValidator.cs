using Microsoft.Extensions.Options;

namespace MeetingBot.Documents;

/// <summary>Checks <c>Signing:*</c> at start-up, naming the key that is wrong.</summary>
internal sealed class SigningOptionsValidator : IValidateOptions<SigningOptions>
{
    public ValidateOptionsResult Validate(string? name, SigningOptions options)
    {
        var errors = new List<string>();
        if (options.UsesFile && options.UsesKeyVault)
        {
            errors.Add("Signing: give either CertificatePath or KeyVaultUri with CertificateName, not both.");
        }

        if (options.UsesFile && !File.Exists(options.CertificatePath))
        {
            errors.Add($"Signing:CertificatePath: no such file: {options.CertificatePath}.");
        }

        if (options.UsesKeyVault)
        {
            if (options.KeyVaultUri is not { IsAbsoluteUri: true, Scheme: "https" })
            {
                errors.Add("Signing:KeyVaultUri must be the vault's https address, e.g. https://NAME.vault.azure.net/.");
            }

            if (string.IsNullOrWhiteSpace(options.CertificateName))
            {
                errors.Add("Signing:CertificateName is required with Signing:KeyVaultUri.");
            }
        }

        if (!options.UsesFile && !string.IsNullOrEmpty(options.CertificatePassword))
        {
            errors.Add("Signing:CertificatePassword is set without Signing:CertificatePath.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
