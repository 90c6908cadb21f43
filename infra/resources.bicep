// Every TalentHukou resource, deployed into the resource group made by main.bicep.
// Identity-based access throughout: the Function App's system-assigned identity holds data-plane
// roles on storage, Key Vault, Application Insights and Communication Services; no keys or
// connection strings with secrets are stored anywhere. With networkIsolation (the default) storage
// and Key Vault are reachable only through private endpoints in the app's VNet (network.bicep).
// Alert rules and their action group are in alerts.bicep.

import { smsTemplateIds } from 'types.bicep'

@description('Region of the regional resources.')
param location string

@description('Tags for every resource (azd-env-name).')
param tags {
  *: string
}

@description('Short unique suffix for globally unique names (uniqueString output).')
@minLength(13)
@maxLength(13)
param resourceToken string

@description('Object id of the deployer. Empty: none.')
param principalId string

@description('Kind of principalId: User or ServicePrincipal.')
param principalType string

@description('Grant the deployer data access to storage, the id-index-key secret and email (never the signing key).')
param grantDeployerAccess bool

@description('Entra ID v2.0 issuer of the API\'s bearer tokens, also its OpenID Connect authority.')
param authIssuer string

@description('Client id of the API app registration: the aud of its v2.0 access tokens.')
param authClientId string

@description('The token claim with the caller\'s verified ID number.')
param identityClaim string

@description('Comma-separated CORS origins; may be empty.')
param corsAllowedOrigins string

@description('Base URL of the web front end for e-mail links; may be empty.')
param frontendBaseUrl string

@description('Public host name of the API (no scheme) for card QR links. Empty: the Function App\'s default host name.')
param customDomain string

@description('Address that receives the alerts. Empty: alerts notify nobody.')
param alertEmail string

@description('Private endpoints for storage and Key Vault, VNet integration for the app, public access denied.')
param networkIsolation bool

@description('Address space of the VNet (networkIsolation only), /23 or larger.')
param vnetAddressPrefix string

@description('Data location shared by Communication Services and its Email service.')
param acsDataLocation string

@description('Use the built-in Communication and Email Service Owner role instead of the custom send-only role.')
param useBuiltInEmailRole bool

@description('Upper bound of Flex Consumption instances.')
param maximumInstanceCount int

@description('Memory of each Flex Consumption instance, in MB.')
param instanceMemoryMB int

@secure()
@description('Value of the id-index-key secret.')
param idIndexKey string

@description('SMS gateway: None or Tencent.')
param smsGateway string

@description('Approved SMS sign name.')
param smsSignName string

@description('Front end address as written into the approved SMS templates.')
param smsLink string

@description('Tencent Cloud SMS application id.')
param smsSdkAppId string

@description('Approved template id of each SMS notice.')
param smsTemplates smsTemplateIds

@secure()
@description('Tencent Cloud API SecretId (Key Vault secret sms-tencent-secret-id).')
param smsSecretId string

@secure()
@description('Tencent Cloud API SecretKey (Key Vault secret sms-tencent-secret-key).')
param smsSecretKey string

// Built-in role definition ids (the same in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  keyVaultCryptoUser: '12338af0-0e69-4776-bea7-57ae8d297424'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  communicationAndEmailServiceOwner: '09976791-48a7-449e-bb21-39d1a415f350'
}

// Durable Functions task hub: tables {hub}Instances and {hub}History, queues {hub}-control-NN and {hub}-workitems.
var taskHubName = 'talenthukou'

var deploymentContainerName = 'app-package'
var dataContainerNames = [
  'cards'
  'attachments'
  'screenshots'
]

// ---------------------------------------------------------------- monitoring

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: 'log-${resourceToken}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${resourceToken}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    // Ingestion with Entra ID only: the connection string alone cannot send telemetry. The Functions
    // host uses its identity (APPLICATIONINSIGHTS_AUTHENTICATION_STRING); the worker's Azure Monitor
    // exporter must be given a managed identity credential too (docs/deploy.md).
    DisableLocalAuth: true
  }
}

module alerts 'alerts.bicep' = {
  name: 'talenthukou-alerts'
  params: {
    location: location
    tags: tags
    resourceToken: resourceToken
    appInsightsName: appInsights.name
    alertEmail: alertEmail
  }
}

// ---------------------------------------------------------------- storage

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'st${resourceToken}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    // Isolated: only the private endpoints (blob, queue, table) reach the data plane.
    publicNetworkAccess: networkIsolation ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: networkIsolation ? 'Deny' : 'Allow'
      bypass: networkIsolation ? 'None' : 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource dataContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for name in dataContainerNames: {
    parent: blobService
    name: name
    properties: {
      publicAccess: 'None'
    }
  }
]

// ---------------------------------------------------------------- key vault

resource keyVault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kv-${resourceToken}'
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    // Isolated: only the private endpoint reaches the data plane. ARM still writes the key and the
    // secret below (management plane); the app resolves the Key Vault reference through its VNet.
    publicNetworkAccess: networkIsolation ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: networkIsolation ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
    }
  }
}

// ARM creates the first version only; redeploying never rotates or replaces an existing key.
resource cardSigningKey 'Microsoft.KeyVault/vaults/keys@2024-11-01' = {
  parent: keyVault
  name: 'card-signing'
  properties: {
    kty: 'EC'
    curveName: 'P-256'
    keyOps: [
      'sign'
      'verify'
    ]
    attributes: {
      enabled: true
    }
  }
}

resource idIndexSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: keyVault
  name: 'id-index-key'
  properties: {
    value: idIndexKey
    contentType: 'text/plain'
    attributes: {
      enabled: true
    }
  }
}

// The SMS gateway's API key pair (smsGateway Tencent): the app reads both through Key Vault references.
var smsEnabled = smsGateway == 'Tencent'

resource smsSecretIdSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (smsEnabled) {
  parent: keyVault
  name: 'sms-tencent-secret-id'
  properties: {
    value: smsSecretId
    contentType: 'text/plain'
    attributes: {
      enabled: true
    }
  }
}

resource smsSecretKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (smsEnabled) {
  parent: keyVault
  name: 'sms-tencent-secret-key'
  properties: {
    value: smsSecretKey
    contentType: 'text/plain'
    attributes: {
      enabled: true
    }
  }
}

// ---------------------------------------------------------------- email

resource emailService 'Microsoft.Communication/emailServices@2025-05-01' = {
  name: 'ecs-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    dataLocation: acsDataLocation
  }
}

resource emailDomain 'Microsoft.Communication/emailServices/domains@2025-05-01' = {
  parent: emailService
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2025-05-01' = {
  name: 'acs-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    dataLocation: acsDataLocation
    linkedDomains: [
      emailDomain.id
    ]
  }
}

// Sending mail with an Entra ID token needs only these three management actions on the
// Communication Services resource (Microsoft's documented least-privilege alternative to the
// built-in Communication and Email Service Owner role, which can also list keys and delete).
resource emailSenderRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = if (!useBuiltInEmailRole) {
  name: guid(resourceGroup().id, 'talenthukou-acs-email-sender')
  properties: {
    roleName: 'TalentHukou ACS Email Sender (${resourceGroup().name}, ${resourceToken})'
    description: 'Send email through the Azure Communication Services resources of this resource group.'
    type: 'customRole'
    assignableScopes: [
      resourceGroup().id
    ]
    permissions: [
      {
        actions: [
          'Microsoft.Communication/CommunicationServices/Read'
          'Microsoft.Communication/CommunicationServices/Write'
          'Microsoft.Communication/EmailServices/write'
        ]
        notActions: []
        dataActions: []
        notDataActions: []
      }
    ]
  }
}

var emailRoleDefinitionId = useBuiltInEmailRole
  ? subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.communicationAndEmailServiceOwner)
  : emailSenderRole.id

// ---------------------------------------------------------------- diagnostic settings

// Who read or changed keys and secrets, and when (Key Vault audit log).
resource keyVaultDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit-to-log-analytics'
  scope: keyVault
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}

// Every data-plane request to blobs, queues and tables (tables StorageBlobLogs, StorageQueueLogs,
// StorageTableLogs). Durable Functions polls its queues and tables continuously, so these logs are
// the largest part of the workspace's volume (docs/deploy.md).
var storageLogs = [
  {
    category: 'StorageRead'
    enabled: true
  }
  {
    category: 'StorageWrite'
    enabled: true
  }
  {
    category: 'StorageDelete'
    enabled: true
  }
]

resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-log-analytics'
  scope: blobService
  properties: {
    workspaceId: logAnalytics.id
    logs: storageLogs
  }
}

resource queueDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-log-analytics'
  scope: queueService
  properties: {
    workspaceId: logAnalytics.id
    logs: storageLogs
  }
}

resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-log-analytics'
  scope: tableService
  properties: {
    workspaceId: logAnalytics.id
    logs: storageLogs
  }
}

// ---------------------------------------------------------------- network

module network 'network.bicep' = if (networkIsolation) {
  name: 'talenthukou-network'
  params: {
    location: location
    tags: tags
    resourceToken: resourceToken
    addressPrefix: vnetAddressPrefix
    storageAccountName: storage.name
    keyVaultName: keyVault.name
  }
}

// ---------------------------------------------------------------- function app

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: 'plan-${resourceToken}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

var corsOrigins = filter(map(split(corsAllowedOrigins, ','), origin => trim(origin)), origin => !empty(origin))

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: 'func-${resourceToken}'
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Flex Consumption VNet integration: every outbound call goes through the app subnet, to the private endpoints or,
    // for the internet (SMS vendor, ACS, Application Insights, Entra ID), through its NAT gateway (network.bicep).
    virtualNetworkSubnetId: networkIsolation ? network!.outputs.appSubnetId : null
    // No ftpsState: Flex Consumption has no FTPS and lists the property as deprecated (docs/deploy.md); FTP and
    // publishing-profile deployments are refused by the two basicPublishingCredentialsPolicies below.
    siteConfig: {
      minTlsVersion: '1.2'
      // Platform CORS: the Functions host answers preflights and adds Access-Control-Allow-Origin for
      // these origins. It cannot expose response headers (docs/deploy.md#cors).
      cors: {
        allowedOrigins: corsOrigins
        supportCredentials: false
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
  dependsOn: [
    deploymentContainer
  ]
}

// No FTP or publishing-profile (basic auth) deployments; azd deploys with an Entra ID token.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

// The QR code on a card links to {Cards:PublicBaseUrl}/api/cards/{number}/verification: the base is
// scheme and host only (CardVerificationLink adds /api).
var publicBaseUrl = empty(customDomain)
  ? 'https://${functionApp.properties.defaultHostName}'
  : 'https://${customDomain}'

// The app's settings, as their own resource so they can name the app's host name and are applied after
// the app's roles exist (the Key Vault reference resolves with the Key Vault Secrets User role).
// Flex Consumption takes the runtime from functionAppConfig: FUNCTIONS_WORKER_RUNTIME,
// FUNCTIONS_EXTENSION_VERSION and WEBSITE_RUN_FROM_PACKAGE are deliberately absent.
var appSettingValues = {
  // Host storage (triggers, leases, the Durable Functions task hub) through the app's identity.
  AzureWebJobsStorage__accountName: storage.name
  AzureWebJobsStorage__credential: 'managedidentity'
  // host.json: "hubName": "%TaskHubName%". A flat name: the host resolves %...% through configuration,
  // where a setting written A__B is A:B, so %A__B% never resolves.
  TaskHubName: taskHubName
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  AZURE_FUNCTIONS_ENVIRONMENT: 'Production'
  // The app's own tables and blob containers.
  Storage__AccountName: storage.name
  Email__Transport: 'Acs'
  Email__Acs__Endpoint: 'https://${communicationService.properties.hostName}'
  Email__Acs__SenderAddress: 'DoNotReply@${emailDomain.properties.mailFromSenderDomain}'
  CardSigning__Provider: 'KeyVault'
  CardSigning__KeyVaultKeyId: cardSigningKey.properties.keyUri
  Cards__PublicBaseUrl: publicBaseUrl
  // E-mail links open the front end (docs/architecture.md, "For front ends").
  Frontend__BaseUrl: !empty(frontendBaseUrl) ? frontendBaseUrl : publicBaseUrl
  Privacy__IdIndexKey: '@Microsoft.KeyVault(SecretUri=${idIndexSecret.properties.secretUri})'
  // Entra ID v2.0 access tokens: iss is https://login.microsoftonline.com/{tenant}/v2.0 and aud the
  // API's client id. The authority's metadata gives the signing keys.
  Auth__Authority: authIssuer
  Auth__Issuer: authIssuer
  Auth__Audience: authClientId
  Auth__IdentityClaim: identityClaim
  // The ops page signs operators in with this registration (authorization code + PKCE, a SPA redirect URI
  // {publicBaseUrl}/api/ops); the access token it asks for is the API's own (aud = authClientId).
  OpsConsole__Authority: authIssuer
  OpsConsole__ClientId: authClientId
  OpsConsole__Scope: '${authClientId}/.default'
  Clock__Acceleration: '1'
  // Demonstration employers are for Development only.
  Seed__LoadDemoEmployers: 'false'
}

// SMS (ADR 0019): sign name, link and template ids as approved by the vendor; the key pair from Key Vault.
var smsSettings = smsEnabled
  ? {
      Sms__Gateway: 'Tencent'
      Sms__SignName: smsSignName
      Sms__Link: smsLink
      Sms__Templates__VerificationCode: smsTemplates.VerificationCode
      Sms__Templates__CardIssued: smsTemplates.CardIssued
      Sms__Templates__PublicityStarted: smsTemplates.PublicityStarted
      Sms__Templates__PublicityPassed: smsTemplates.PublicityPassed
      Sms__Templates__ReturnedForCorrection: smsTemplates.ReturnedForCorrection
      Sms__Templates__Approved: smsTemplates.Approved
      Sms__Templates__Rejected: smsTemplates.Rejected
      Sms__Templates__WithdrawalConfirmed: smsTemplates.WithdrawalConfirmed
      Sms__Templates__TicketAnswered: smsTemplates.TicketAnswered
      Sms__Templates__RegistryRequestDecided: smsTemplates.RegistryRequestDecided
      Sms__Tencent__SmsSdkAppId: smsSdkAppId
      Sms__Tencent__SecretId: '@Microsoft.KeyVault(SecretUri=${smsSecretIdSecret!.properties.secretUri})'
      Sms__Tencent__SecretKey: '@Microsoft.KeyVault(SecretUri=${smsSecretKeySecret!.properties.secretUri})'
    }
  : {}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: union(appSettingValues, smsSettings)
  dependsOn: [
    appStorageRoleAssignments
    appMetricsPublisher
    appKeyVaultCryptoUser
    appKeyVaultSecretsUser
    appEmailSender
    appSmsSecretIdUser
    appSmsSecretKeyUser
  ]
}

// ---------------------------------------------------------------- role assignments: the app

var appStorageRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

resource appStorageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in appStorageRoles: {
    name: guid(storage.id, functionApp.id, roleId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: functionApp.identity.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource appMetricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, functionApp.id, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.monitoringMetricsPublisher
    )
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Key Vault roles on the one key and the one secret the app uses, not on the whole vault.
resource appKeyVaultCryptoUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(cardSigningKey.id, functionApp.id, roles.keyVaultCryptoUser)
  scope: cardSigningKey
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultCryptoUser)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appKeyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(idIndexSecret.id, functionApp.id, roles.keyVaultSecretsUser)
  scope: idIndexSecret
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// The SMS key pair: Key Vault Secrets User on each of its two secrets only, like id-index-key.
resource appSmsSecretIdUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (smsEnabled) {
  name: guid(keyVault.id, 'sms-tencent-secret-id', functionApp.id, roles.keyVaultSecretsUser)
  scope: smsSecretIdSecret
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appSmsSecretKeyUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (smsEnabled) {
  name: guid(keyVault.id, 'sms-tencent-secret-key', functionApp.id, roles.keyVaultSecretsUser)
  scope: smsSecretKeySecret
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appEmailSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(communicationService.id, functionApp.id, 'email-sender')
  scope: communicationService
  properties: {
    roleDefinitionId: emailRoleDefinitionId
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---------------------------------------------------------------- role assignments: the deployer

// Opt-in (grantDeployerAccess), for running the app locally against a development environment. Never
// the card-signing key: only the app signs cards. With networkIsolation the data planes are private,
// so these roles help only from inside the VNet.
var grantDeployer = grantDeployerAccess && !empty(principalId)

var deployerStorageRoles = grantDeployer
  ? [
      roles.storageBlobDataContributor
      roles.storageQueueDataContributor
      roles.storageTableDataContributor
    ]
  : []

resource deployerStorageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in deployerStorageRoles: {
    name: guid(storage.id, principalId, roleId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: principalId
      principalType: principalType
    }
  }
]

resource deployerKeyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantDeployer) {
  name: guid(idIndexSecret.id, principalId, roles.keyVaultSecretsUser)
  scope: idIndexSecret
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: principalId
    principalType: principalType
  }
}

resource deployerEmailSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantDeployer) {
  name: guid(communicationService.id, principalId, 'email-sender')
  scope: communicationService
  properties: {
    roleDefinitionId: emailRoleDefinitionId
    principalId: principalId
    principalType: principalType
  }
}

// ---------------------------------------------------------------- outputs

@description('Name of the Function App.')
output functionAppName string = functionApp.name

@description('Default host name of the Function App.')
output functionAppHostName string = functionApp.properties.defaultHostName

@description('Base address of the card QR verification links (Cards__PublicBaseUrl).')
output cardsPublicBaseUrl string = publicBaseUrl

@description('Name of the storage account.')
output storageAccountName string = storage.name

@description('Name of the Key Vault.')
output keyVaultName string = keyVault.name

@description('URI of the Key Vault.')
output keyVaultUri string = keyVault.properties.vaultUri

@description('Versionless id of the card-signing key.')
output cardSigningKeyId string = cardSigningKey.properties.keyUri

@description('Endpoint of the Communication Services resource.')
output acsEndpoint string = 'https://${communicationService.properties.hostName}'

@description('From address of outgoing email.')
output senderAddress string = 'DoNotReply@${emailDomain.properties.mailFromSenderDomain}'

@description('Application Insights connection string.')
output appInsightsConnectionString string = appInsights.properties.ConnectionString

@description('Static public address of outbound calls (NAT gateway); empty without networkIsolation.')
output egressIpAddress string = networkIsolation ? network!.outputs.egressIpAddress : ''

@description('Name of the VNet; empty without networkIsolation.')
output vnetName string = networkIsolation ? network!.outputs.vnetName : ''

@description('Task hub name of Durable Functions (app setting TaskHubName).')
output taskHubName string = taskHubName
