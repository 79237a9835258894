using Azure.Core;
using Azure.Identity;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;

namespace MeetingBot.Calendar.Graph;

/// <summary>The Graph client with the configured app-only credential (client credentials flow).</summary>
internal static class GraphClients
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    public static GraphServiceClient Create(GraphCalendarOptions options, GraphHealth health) =>
        Create(options.BaseUrl, Credential(options), health, tokenHosts: null);

    /// <param name="tokenHosts">Hosts that get a token; null: Graph's own hosts only (so a loopback stand-in gets none).</param>
    internal static GraphServiceClient Create(Uri baseUrl, TokenCredential credential, GraphHealth health, string[]? tokenHosts) =>
        new(
            CreateHttpClient(health: health),
            new AzureIdentityAuthenticationProvider(new GraphHealthCredential(credential, health), tokenHosts, observabilityOptions: null, isCaeEnabled: true, Scopes),
            baseUrl.AbsoluteUri.TrimEnd('/'));

    /// <summary>
    /// The SDK's default middleware (retry, redirect, headers…) with <see cref="GraphCallMetricsHandler"/>
    /// and <see cref="GraphHealthHandler"/> last, so they see each attempt; <paramref name="finalHandler"/>
    /// replaces the socket handler in tests.
    /// </summary>
    public static HttpClient CreateHttpClient(HttpMessageHandler? finalHandler = null, GraphHealth? health = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new GraphCallMetricsHandler());
        if (health is not null)
        {
            handlers.Add(new GraphHealthHandler(health));
        }

        return GraphClientFactory.Create(handlers, finalHandler: finalHandler);
    }

    private static TokenCredential Credential(GraphCalendarOptions o)
    {
        if (o.UseManagedIdentity)
        {
            return new ManagedIdentityCredential(string.IsNullOrEmpty(o.ClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(o.ClientId));
        }

        return string.IsNullOrEmpty(o.CertificatePath)
            ? new ClientSecretCredential(o.TenantId, o.ClientId, o.ClientSecret)
            : new ClientCertificateCredential(o.TenantId, o.ClientId,
                X509CertificateLoader.LoadPkcs12FromFile(o.CertificatePath, o.CertificatePassword));
    }
}
