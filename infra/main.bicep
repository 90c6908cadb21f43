// TalentHukou infrastructure, deployed by `azd up` (or `azd provision`).
//
// Subscription scope: the template creates its own resource group `rg-<environmentName>`, so a
// fresh subscription needs nothing prepared by hand, `azd down` removes everything by deleting
// that group, and azd finds the group through the AZURE_RESOURCE_GROUP output and its
// azd-env-name tag. All resources live in resources.bicep, deployed into that group.
targetScope = 'subscription'

import { smsTemplateIds } from 'types.bicep'

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

// Set by azd. It gets roles only with grantDeployerAccess.
@description('Object id of the person or service principal running azd.')
param principalId string = ''

@description('Kind of principalId: User or ServicePrincipal.')
param principalType string = 'User'

// To run the app locally against this environment; for development environments only.
@description('Give principalId data access to storage, the id-index-key secret and email; never the card-signing key.')
param grantDeployerAccess bool = false

@minLength(36)
@maxLength(36)
// Its v2.0 access tokens carry it as aud. See docs/deploy.md.
@description('Application (client) id of the API\'s Entra ID app registration, in this tenant.')
param authClientId string

@minLength(1)
@maxLength(64)
// From the citizens' identity platform. No default: submissions need it. See docs/operations.md.
@description('Access-token claim with the caller\'s real-name-verified ID number (Auth__IdentityClaim).')
param identityClaim string

@description('Comma-separated browser origins allowed by CORS, e.g. https://talent.example.gov.cn. Empty: none.')
param corsAllowedOrigins string = ''

// e.g. https://talent.example.gov.cn. Set it for production.
@description('Absolute base URL of the web front end that e-mail links open (Frontend__BaseUrl). Empty: the API host.')
param frontendBaseUrl string = ''

// e.g. api.talent.example.gov.cn. Empty: the Function App's default host name. Binding it is done separately.
@description('Public host name of the API, without scheme, used in card QR links.')
param customDomain string = ''

@description('Email address that receives the alerts. Empty: no action group; alerts still show in Azure Monitor.')
param alertEmail string = ''

// true: a VNet with Flex Consumption integration and private endpoints; false keeps public endpoints (identity only).
@description('Deny public network access to storage and Key Vault.')
param networkIsolation bool = true

@description('Address space of the VNet made when networkIsolation is true, /23 or larger.')
param vnetAddressPrefix string = '10.42.0.0/23'

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

@description('''SMS gateway for notices: None (e-mail only) or Tencent (Tencent Cloud SMS, ADR 0019).
Tencent needs every sms* parameter. See docs/deploy.md.''')
@allowed([
  'None'
  'Tencent'
])
param smsGateway string = 'None'

@description('The vendor-approved SMS sign name (签名), without 【】.')
param smsSignName string = ''

@description('The front end address exactly as written into the approved SMS templates (https, ICP-filed).')
param smsLink string = ''

@description('Tencent Cloud SMS application id (SmsSdkAppId).')
param smsSdkAppId string = ''

@description('The approved template id of each SMS notice.')
param smsTemplates smsTemplateIds = {
  VerificationCode: ''
  CardIssued: ''
  PublicityStarted: ''
  PublicityPassed: ''
  ReturnedForCorrection: ''
  Approved: ''
  Rejected: ''
  WithdrawalConfirmed: ''
  TicketAnswered: ''
  RegistryRequestDecided: ''
}

@secure()
@description('''Tencent Cloud API SecretId of a sub-account allowed only sms:SendSms and
sms:PullSmsSendStatusByPhoneNumber; stored as Key Vault secret sms-tencent-secret-id.''')
param smsSecretId string = ''

@secure()
@description('''Its SecretKey; stored as Key Vault secret sms-tencent-secret-key.
The app reads both through Key Vault references.''')
param smsSecretKey string = ''

@secure()
@minLength(32)
// azd generates it once per environment and keeps it in .azure/<env>/config.json; it must never change afterwards.
@description('Key for the keyed hash that indexes ID numbers; stored as Key Vault secret id-index-key.')
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
    grantDeployerAccess: grantDeployerAccess
    // The iss of Entra ID v2.0 access tokens, e.g. https://login.microsoftonline.com/{tenant}/v2.0.
    authIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
    authClientId: authClientId
    identityClaim: identityClaim
    corsAllowedOrigins: corsAllowedOrigins
    frontendBaseUrl: frontendBaseUrl
    customDomain: customDomain
    alertEmail: alertEmail
    networkIsolation: networkIsolation
    vnetAddressPrefix: vnetAddressPrefix
    acsDataLocation: acsDataLocation
    useBuiltInEmailRole: useBuiltInEmailRole
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    idIndexKey: idIndexKey
    smsGateway: smsGateway
    smsSignName: smsSignName
    smsLink: smsLink
    smsSdkAppId: smsSdkAppId
    smsTemplates: smsTemplates
    smsSecretId: smsSecretId
    smsSecretKey: smsSecretKey
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

@description('Base URL of the Function App.')
output SERVICE_API_URI string = 'https://${resources.outputs.functionAppHostName}'

@description('Base URL of the API routes (what scripts/smoke.sh takes).')
output API_BASE_URL string = 'https://${resources.outputs.functionAppHostName}/api'

@description('Base address of the card QR verification links (Cards__PublicBaseUrl).')
output CARDS_PUBLIC_BASE_URL string = resources.outputs.cardsPublicBaseUrl

@description('Durable Functions task hub (app setting TaskHubName).')
output TASK_HUB_NAME string = resources.outputs.taskHubName

@description('''Static public address of the app's outbound calls (the NAT gateway) with networkIsolation;
empty without. Allow it in the SMS vendor's API key policy.''')
output AZURE_EGRESS_IP string = resources.outputs.egressIpAddress

@description('VNet of the private endpoints; empty without networkIsolation.')
output AZURE_VNET_NAME string = resources.outputs.vnetName

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
