// App Service plan and the Linux web app running MeetingBot on .NET 10, with the user-assigned
// identity for Key Vault references, the bot's outbound tokens and Graph. Every setting is a key the
// app reads (Bot:*, Storage:*, Calendar:*, Outlook:*); secrets are Key Vault references.
param name string
param location string
param tags object

param identityId string
param identityClientId string
param tenantId string

@description('Entra app registration used for SSO in the Outlook task pane (webApplicationInfo.id).')
param ssoAppId string

param appInsightsConnectionString string
param connectionStringSecretUri string
param graphClientStateSecretUri string
param downloadLinkKeySecretUri string

@description('The mailbox that organises the series (UPN), scoped by Exchange RBAC for Applications.')
param organizerMailbox string

param meetingLocation string

@description('Key Vault holding the sealing certificate (Signing:KeyVaultUri).')
param keyVaultUri string

@description('Name of the protocol-sealing certificate in Key Vault; empty leaves protocols unsealed.')
param signingCertificateName string = ''

param skuName string = 'B1'

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'asp-${name}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

var host = '${name}.azurewebsites.net'

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: concat(empty(signingCertificateName) ? [] : [
        { name: 'Signing__KeyVaultUri', value: keyVaultUri }
        { name: 'Signing__CertificateName', value: signingCertificateName }
        { name: 'Signing__ManagedIdentityClientId', value: identityClientId }
      ], [
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        // A 16 MB gen0 budget instead of one sized to the CPU's L3 (hundreds of MB on shared Xeons): peak memory under
        // load fell from 268-285 MB to 201-219 MB at the same throughput (docs/operations-memory.md). The runtime
        // reads this knob only from the environment.
        { name: 'DOTNET_GCgen0size', value: '0x1000000' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
        { name: 'Bot__AppId', value: identityClientId }
        { name: 'Bot__TenantId', value: tenantId }
        { name: 'Bot__ManagedIdentityClientId', value: identityClientId }
        { name: 'Bot__PublicBaseUrl', value: 'https://${host}' }
        { name: 'Bot__DownloadLinkKey', value: '@Microsoft.KeyVault(SecretUri=${downloadLinkKeySecretUri})' }
        { name: 'Storage__Provider', value: 'PostgreSql' }
        { name: 'ConnectionStrings__MeetingBot', value: '@Microsoft.KeyVault(SecretUri=${connectionStringSecretUri})' }
        { name: 'Calendar__Location', value: meetingLocation }
        { name: 'Calendar__AgendaBaseUrl', value: 'https://${host}/agenda/' }
        { name: 'Calendar__OrganizerEmail', value: organizerMailbox }
        { name: 'Calendar__Graph__TenantId', value: tenantId }
        { name: 'Calendar__Graph__ClientId', value: identityClientId }
        { name: 'Calendar__Graph__UseManagedIdentity', value: 'true' }
        { name: 'Calendar__Graph__OrganizerMailbox', value: organizerMailbox }
        { name: 'Calendar__Graph__NotificationBaseUrl', value: 'https://${host}' }
        { name: 'Calendar__Graph__ClientState', value: '@Microsoft.KeyVault(SecretUri=${graphClientStateSecretUri})' }
        { name: 'Outlook__TenantId', value: tenantId }
        { name: 'Outlook__ClientId', value: ssoAppId }
        { name: 'Outlook__ApplicationIdUri', value: 'api://${host}/${ssoAppId}' }
      ])
    }
  }
}

output hostName string = site.properties.defaultHostName
