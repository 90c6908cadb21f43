// TalentHukou infrastructure, deployed by `azd up` (or `azd provision`).
//
// Subscription scope: the template creates its own resource group `rg-<environmentName>`, so a
// fresh subscription needs nothing prepared by hand, `azd down` removes everything by deleting
// that group, and azd finds the group through the AZURE_RESOURCE_GROUP output and its
// azd-env-name tag. All resources live in resources.bicep, deployed into that group.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; part of every resource name and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Region of every regional resource. Must offer Flex Consumption, e.g. eastasia or southeastasia.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the person or service principal running azd; gets data access for local debugging. Empty: none.')
param principalId string = ''

@description('Kind of principalId: User or ServicePrincipal.')
param principalType string = 'User'

@description('Entra ID authority that issues the API\'s bearer tokens. Empty: this tenant\'s v2.0 authority.')
param authAuthority string = ''

@description('Audience (app id URI or client id) the API accepts in bearer tokens. See infra/README.md.')
param authAudience string = ''

@description('Comma-separated browser origins allowed by CORS, e.g. https://talent.example.gov.cn. Empty: none.')
param corsAllowedOrigins string = ''

@description('Where Communication Services and its Email service keep data at rest (both must match).')
@allowed([
  'Africa'
  'Asia Pacific'
  'Australia'
  'Brazil'
  'Canada'
  'Europe'
  'France'
  'Germany'
  'India'
  'Japan'
  'Korea'
  'Norway'
  'Switzerland'
  'UAE'
  'UK'
  'United States'
])
param acsDataLocation string = 'Asia Pacific'

@description('Grant the built-in Communication and Email Service Owner role instead of the custom send-only role.')
param useBuiltInEmailRole bool = false

@description('Upper bound of Flex Consumption instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each Flex Consumption instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@secure()
@minLength(32)
@description('Key for the keyed hash that indexes ID numbers; stored as Key Vault secret id-index-key. azd generates it once per environment and keeps it in .azure/<env>/config.json; it must never change afterwards.')
@metadata({
  azd: {
    type: 'generate'
    config: {
      length: 48
      noSpecial: true
    }
  }
})
param idIndexKey string

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}

resource rg 'Microsoft.Resources/resourceGroups@2024-11-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  name: 'talenthukou-resources'
  scope: rg
  params: {
    location: location
    tags: tags
    resourceToken: resourceToken
    principalId: principalId
    principalType: empty(principalType) ? 'User' : principalType
    authAuthority: empty(authAuthority)
      ? '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
      : authAuthority
    authAudience: authAudience
    corsAllowedOrigins: corsAllowedOrigins
    acsDataLocation: acsDataLocation
    useBuiltInEmailRole: useBuiltInEmailRole
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    idIndexKey: idIndexKey
  }
}

@description('Region of the deployment (read by azd).')
output AZURE_LOCATION string = location

@description('Entra ID tenant of the deployment (read by azd).')
output AZURE_TENANT_ID string = tenant().tenantId

@description('Resource group holding every resource (read by azd to find the services).')
output AZURE_RESOURCE_GROUP string = rg.name

@description('Name of the Function App that hosts service api.')
output AZURE_FUNCTION_APP_NAME string = resources.outputs.functionAppName

@description('Default host name of the Function App.')
output AZURE_FUNCTION_APP_HOSTNAME string = resources.outputs.functionAppHostName

@description('Base URL of the API.')
output SERVICE_API_URI string = 'https://${resources.outputs.functionAppHostName}'

@description('Storage account for the Functions host, Durable Functions and the app\'s tables and blobs.')
output AZURE_STORAGE_ACCOUNT_NAME string = resources.outputs.storageAccountName

@description('Key Vault holding the card-signing key and the id-index-key secret.')
output AZURE_KEY_VAULT_NAME string = resources.outputs.keyVaultName

@description('URI of the Key Vault.')
output AZURE_KEY_VAULT_URI string = resources.outputs.keyVaultUri

@description('Versionless id of the EC P-256 card-signing key.')
output CARD_SIGNING_KEY_ID string = resources.outputs.cardSigningKeyId

@description('Endpoint of the Communication Services resource that sends email.')
output AZURE_ACS_ENDPOINT string = resources.outputs.acsEndpoint

@description('From address of outgoing email (DoNotReply at the Azure-managed domain).')
output EMAIL_SENDER_ADDRESS string = resources.outputs.senderAddress

@description('Application Insights connection string (an identifier, not a credential).')
output APPLICATIONINSIGHTS_CONNECTION_STRING string = resources.outputs.appInsightsConnectionString
