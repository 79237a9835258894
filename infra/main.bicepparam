using 'main.bicep'

// Example values for Familjen Helsingborg; change them to your tenant's. Secrets are read from the
// environment of the shell that deploys, never written here.
param name = 'meetingbot'
param location = 'swedencentral'
param ssoAppId = '00000000-0000-0000-0000-000000000000'
param organizerMailbox = 'kommundirektorsgruppen@helsingborg.se'
param meetingLocation = 'Helsingborgs stadshus'
param postgresAdministratorPassword = readEnvironmentVariable('MEETINGBOT_POSTGRES_PASSWORD')
param graphClientState = readEnvironmentVariable('MEETINGBOT_GRAPH_CLIENT_STATE')
param downloadLinkKey = readEnvironmentVariable('MEETINGBOT_DOWNLOAD_LINK_KEY')
