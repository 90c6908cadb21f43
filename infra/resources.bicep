// Every TalentHukou resource, deployed into the resource group made by main.bicep.
// Identity-based access throughout: the Function App's system-assigned identity holds data-plane
// roles on storage, Key Vault, Application Insights and Communication Services; no keys or
// connection strings with secrets are stored anywhere.

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

@description('Object id of the deployer to grant data access for local debugging. Empty: none.')
param principalId string

@description('Kind of principalId: User or ServicePrincipal.')
param principalType string

@description('Entra ID authority for the API\'s bearer tokens.')
param authAuthority string

@description('Audience the API accepts in bearer tokens.')
param authAudience string

@description('Comma-separated CORS origins; may be empty.')
param corsAllowedOrigins string

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
    // Local (key) ingestion stays on so the worker's exporter can send with the connection string
    // alone; the Functions host itself authenticates with Entra ID (APPLICATIONINSIGHTS_AUTHENTICATION_STRING).
    DisableLocalAuth: false
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
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
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
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
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

var baseAppSettings = [
  // Host storage (triggers, leases, Durable Functions task hub) through the app's identity.
  { name: 'AzureWebJobsStorage__accountName', value: storage.name }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
  // The app's own tables and blob containers.
  { name: 'Storage__AccountName', value: storage.name }
  { name: 'Email__Transport', value: 'Acs' }
  { name: 'Email__Acs__Endpoint', value: 'https://${communicationService.properties.hostName}' }
  { name: 'Email__Acs__SenderAddress', value: 'DoNotReply@${emailDomain.properties.mailFromSenderDomain}' }
  { name: 'CardSigning__Provider', value: 'KeyVault' }
  { name: 'CardSigning__KeyVaultKeyId', value: cardSigningKey.properties.keyUri }
  { name: 'Privacy__IdIndexKey', value: '@Microsoft.KeyVault(SecretUri=${idIndexSecret.properties.secretUri})' }
  { name: 'Auth__Authority', value: authAuthority }
  { name: 'Auth__Audience', value: authAudience }
  { name: 'Clock__Acceleration', value: '1' }
  { name: 'DurableTask__HubName', value: 'talenthukou' }
]

var corsAppSettings = [
  for (origin, i) in corsOrigins: {
    name: 'Cors__AllowedOrigins__${i}'
    value: origin
  }
]

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
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(baseAppSettings, corsAppSettings)
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
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appKeyVaultCryptoUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, functionApp.id, roles.keyVaultCryptoUser)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultCryptoUser)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appKeyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, functionApp.id, roles.keyVaultSecretsUser)
  scope: keyVault
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

var deployerStorageRoles = empty(principalId)
  ? []
  : [
      roles.storageBlobDataContributor
      roles.storageQueueDataContributor
      roles.storageTableDataContributor
    ]

var deployerKeyVaultRoles = empty(principalId)
  ? []
  : [
      roles.keyVaultCryptoUser
      roles.keyVaultSecretsUser
    ]

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

resource deployerKeyVaultRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in deployerKeyVaultRoles: {
    name: guid(keyVault.id, principalId, roleId)
    scope: keyVault
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: principalId
      principalType: principalType
    }
  }
]

resource deployerEmailSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(principalId)) {
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
