using Azure.Core;
using Azure.Identity;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework.Hosting;

public static class BotFrameworkServiceExtensions
{
    internal const string MetadataHttpClient = "MeetingBot.BotFramework.OpenIdMetadata";

    /// <summary>
    /// Registers the protocol: options from <c>Bot:*</c> (validated at start-up), token validation,
    /// and the Connector client. The host registers the stores (<see cref="IActivityDeduplicationStore"/> and
    /// <see cref="IConversationReferenceStore"/>): only it knows where they can be shared across instances.
    /// The host registers its <see cref="Handlers.IActivityHandler"/> (scoped or singleton).
    /// See <see cref="BotFrameworkState"/> for when the bot is off.
    /// </summary>
    public static IHostApplicationBuilder AddBotFramework(this IHostApplicationBuilder builder)
    {
        var enabled = builder.Environment.IsDevelopment() || builder.Configuration.GetSection(BotOptions.SectionName).GetChildren().Any();
        builder.Services.AddSingleton(new BotFrameworkState(enabled));
        if (!enabled)
        {
            builder.Services.AddHostedService<BotDisabledNotice>();
            return builder;
        }

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddHttpClient(MetadataHttpClient, c => c.Timeout = TimeSpan.FromSeconds(10));

        services.AddSingleton<DevelopmentIssuer>();
        services.AddSingleton(sp => BotFrameworkSettings.Authentication(sp.GetRequiredService<IOptions<BotOptions>>().Value, sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BotOptions>>().Value;
            var settings = sp.GetRequiredService<BotAuthenticationSettings>();
            var development = sp.GetRequiredService<IHostEnvironment>().IsDevelopment();
            Func<string> primary = !string.IsNullOrWhiteSpace(options.OpenIdMetadataUrl)
                ? () => options.OpenIdMetadataUrl
                : development
                    ? () => DevelopmentIssuerAddress.Resolve(sp.GetRequiredService<IServer>())
                    : () => BotOptions.PublicCloudOpenIdMetadataUrl;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(MetadataHttpClient);
            return new SigningKeySources(primary, settings.EntraMetadataUrl, http, settings.RequireHttpsMetadata, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton(sp => new BotMetadataReadiness(sp.GetRequiredService<SigningKeySources>()));
        services.AddSingleton<ActivityAuthorizer>();

        services.AddSingleton(sp => new ServiceUrlTrust(allowLoopback: sp.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        services.AddSingleton<ConnectorRateLimiter>();
        services.AddSingleton(sp => new ConnectorTokenProvider(OutboundCredential(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient(nameof(ConnectorClient), c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ConnectorClient)),
            sp.GetRequiredService<ConnectorTokenProvider>(),
            sp.GetRequiredService<ServiceUrlTrust>(),
            sp.GetRequiredService<ConnectorRateLimiter>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ConnectorClient>>()));

        services.AddSingleton<ConversationReferenceRecorder>();
        services.AddSingleton<BackgroundActivityQueue>();
        services.AddHostedService<BackgroundActivityProcessor>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddSingleton<EmulatorMessagesEndpoint>();
        return builder;
    }

    /// <summary>The credential for Connector calls (spec §2); the development issuer when Development has none configured.</summary>
    private static TokenCredential OutboundCredential(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            return new ClientSecretCredential(options.TenantId, options.AppId, options.ClientSecret);
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return new ClientCertificateCredential(options.TenantId, options.AppId, options.CertificatePath);
        }

        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        }

        // The validator allows this only in Development, where ServiceUrlTrust admits loopback alone besides Microsoft's hosts;
        // a development token sent to Microsoft would simply be refused there.
        return new DevelopmentIssuerCredential(services.GetRequiredService<DevelopmentIssuer>(), services.GetRequiredService<TimeProvider>());
    }
}
