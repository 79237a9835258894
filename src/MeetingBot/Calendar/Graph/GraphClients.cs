using Azure.Core;
using Azure.Identity;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Graph;

namespace MeetingBot.Calendar.Graph;

/// <summary>The Graph client with the configured app-only credential (client credentials flow).</summary>
internal static class GraphClients
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    public static GraphServiceClient Create(GraphCalendarOptions options) =>
        new(CreateHttpClient(), Credential(options), Scopes, options.BaseUrl.AbsoluteUri.TrimEnd('/'));

    /// <summary>
    /// The SDK's default middleware (retry, redirect, headers…) with <see cref="GraphCallMetricsHandler"/>
    /// last, so it sees each attempt; <paramref name="finalHandler"/> replaces the socket handler in tests.
    /// </summary>
    public static HttpClient CreateHttpClient(HttpMessageHandler? finalHandler = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new GraphCallMetricsHandler());
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
