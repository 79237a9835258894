using Azure.Core;
using Azure.Identity;

namespace MeetingBot.Hosting;

/// <summary>
/// The one rule for which Entra identity the host's Azure clients (Key Vault, Azure OpenAI) use: the user-assigned
/// managed identity that infra gives the app service when its client id is configured, otherwise whatever
/// <see cref="DefaultAzureCredential"/> finds (a developer's Azure CLI login).
/// </summary>
internal static class AzureCredentials
{
    public static TokenCredential For(string? managedIdentityClientId) =>
        string.IsNullOrEmpty(managedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(managedIdentityClientId));
}
