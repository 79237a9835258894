// The Azure Bot registration and its Teams channel. Type UserAssignedMSI: the bot's Microsoft App ID
// is the managed identity's client id, so the app gets its Connector tokens from the identity
// (Bot:ManagedIdentityClientId) and no password exists to leak or expire.
param name string
param tags object
param identityId string
param identityClientId string
param tenantId string
param messagingHost string

@allowed(['F0', 'S1'])
param skuName string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: 'MeetingBot'
    description: 'Kommundirektörsgruppens mötesassistent'
    endpoint: 'https://${messagingHost}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output appId string = identityClientId
