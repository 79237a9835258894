// MeetingBot in Azure: one resource group with the web app, its identity, database, secrets,
// monitoring and the Azure Bot registration. Manual steps (Entra, Exchange, Teams) are in README.md.
targetScope = 'resourceGroup'

@description('Prefix of every resource name; the web app becomes https://<name>.azurewebsites.net.')
@minLength(3)
@maxLength(20)
param name string

param location string = resourceGroup().location

@description('Client id of the Entra app registration that exposes api://<host>/<id> for Outlook/Teams SSO.')
param ssoAppId string

@description('The secretariat mailbox that organises the meeting series (UPN).')
param organizerMailbox string

@description('What the meetings\' location field says.')
param meetingLocation string = ''

param postgresAdministratorLogin string = 'meetingbot'

@secure()
@minLength(16)
@description('PostgreSQL administrator password; stored only in Key Vault, inside the connection string.')
param postgresAdministratorPassword string

@secure()
@minLength(32)
@description('Random secret for Graph change notifications (Calendar:Graph:ClientState).')
param graphClientState string

@secure()
@minLength(44)
@description('Base64 of 32 random bytes that signs protocol download links (Bot:DownloadLinkKey), so links survive restarts.')
param downloadLinkKey string

@description('Name of the Key Vault certificate that seals justerade protocols (an e-seal); empty leaves them unsealed. Import it into the vault before setting this.')
param signingCertificateName string = ''

param tags object = {
  application: 'MeetingBot'
}

var suffix = uniqueString(resourceGroup().id, name)

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${name}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: name
    location: location
    tags: tags
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    name: 'psql-${name}-${suffix}'
    location: location
    tags: tags
    administratorLogin: postgresAdministratorLogin
    administratorPassword: postgresAdministratorPassword
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('kv-${name}-${suffix}', 24)
    location: location
    tags: tags
    tenantId: tenant().tenantId
    readerPrincipalId: identity.outputs.principalId
    postgresHost: postgres.outputs.fullyQualifiedDomainName
    postgresDatabase: postgres.outputs.databaseName
    postgresLogin: postgresAdministratorLogin
    postgresPassword: postgresAdministratorPassword
    graphClientState: graphClientState
    downloadLinkKey: downloadLinkKey
  }
}

module app 'modules/appservice.bicep' = {
  name: 'appservice'
  params: {
    name: 'app-${name}-${suffix}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenant().tenantId
    ssoAppId: ssoAppId
    appInsightsConnectionString: monitoring.outputs.connectionString
    connectionStringSecretUri: keyVault.outputs.connectionStringSecretUri
    graphClientStateSecretUri: keyVault.outputs.graphClientStateSecretUri
    downloadLinkKeySecretUri: keyVault.outputs.downloadLinkKeySecretUri
    organizerMailbox: organizerMailbox
    meetingLocation: meetingLocation
    keyVaultUri: keyVault.outputs.vaultUri
    signingCertificateName: signingCertificateName
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${name}-${suffix}'
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenant().tenantId
    messagingHost: app.outputs.hostName
  }
}

@description('Pass to `apppackage build --host`.')
output hostName string = app.outputs.hostName

@description('The bot\'s Microsoft App ID: pass to `apppackage build --bot-id`.')
output botAppId string = bot.outputs.appId

@description('Object id of the managed identity: grant it Graph and Exchange permissions (README.md).')
output identityPrincipalId string = identity.outputs.principalId
