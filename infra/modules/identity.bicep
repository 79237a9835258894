// The app's one identity: it signs the bot's replies (Azure Bot type UserAssignedMSI), reads Key Vault
// references and calls Graph, so the deployment holds no client secret at all.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
