// Key Vault with RBAC: the app's identity may read secrets, nobody gets access policies. The app
// settings refer to these secrets by URI; their values never appear in the site's configuration.
param name string
param location string
param tags object
param tenantId string
param readerPrincipalId string

param postgresHost string
param postgresDatabase string
param postgresLogin string

@secure()
param postgresPassword string

@secure()
@description('Shared secret Graph echoes on every change notification (Calendar:Graph:ClientState).')
param graphClientState string

@secure()
@description('HMAC key of protocol download links (Bot:DownloadLinkKey), base64.')
param downloadLinkKey string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Built-in role "Key Vault Certificate User": read certificates, so the app can fetch the sealing
// certificate; its private key is read as the certificate's secret, under Secrets User above.
var certificateUserRoleId = 'db79e9a7-68ee-4b58-9aeb-b90e7c24fcba'

resource certificateUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, certificateUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', certificateUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource connectionString 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'postgres-connection-string'
  properties: {
    contentType: 'Npgsql connection string'
    value: 'Host=${postgresHost};Port=5432;Database=${postgresDatabase};Username=${postgresLogin};Password=${postgresPassword};SSL Mode=Require'
  }
}

resource clientState 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'graph-client-state'
  properties: {
    value: graphClientState
  }
}

resource linkKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'download-link-key'
  properties: {
    contentType: 'base64'
    value: downloadLinkKey
  }
}

// Versionless URIs: the app picks up a rotated secret when App Service refreshes its references.
output connectionStringSecretUri string = connectionString.properties.secretUri
output graphClientStateSecretUri string = clientState.properties.secretUri
output downloadLinkKeySecretUri string = linkKey.properties.secretUri
output vaultUri string = vault.properties.vaultUri
