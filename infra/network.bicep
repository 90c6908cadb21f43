// Private networking for TalentHukou (networkIsolation=true): a VNet whose first subnet carries the Function App's
// Flex Consumption VNet integration (delegated to Microsoft.App/environments, the delegation Flex Consumption
// requires) and whose second holds private endpoints for the storage account (blob, queue, table) and the Key
// Vault, each with its private DNS zone linked to the VNet. Storage and Key Vault then deny public access.
// Internet egress (the SMS vendor's API at sms.tencentcloudapi.com, ACS, Application Insights, Entra ID) leaves the
// app subnet through a NAT gateway with one static public address: Flex Consumption sends all of an integrated app's
// outbound traffic into the VNet, and new subnets get no default outbound access, so without it those calls would
// have no route. The static address can be allowed in the SMS vendor's API key policy.

@description('Region of the VNet and the private endpoints.')
param location string

@description('Tags for every resource (azd-env-name).')
param tags {
  *: string
}

@description('Short unique suffix of the resource names.')
param resourceToken string

// The first /24 is the app subnet, a /26 at the start of the second /24 the endpoint subnet.
@description('Address space of the VNet, /23 or larger.')
param addressPrefix string

@description('Name of the storage account (private endpoints for blob, queue and table), in this resource group.')
param storageAccountName string

@description('Name of the Key Vault (private endpoint for vault), in this resource group.')
param keyVaultName string

var appSubnetName = 'snet-app'
var endpointSubnetName = 'snet-endpoints'

// Private DNS zone names follow the cloud: privatelink.blob.core.windows.net and privatelink.vaultcore.azure.net
// in global Azure.
var storageSuffix = environment().suffixes.storage
var keyVaultZone = replace(environment().suffixes.keyvaultDns, '.vault.', 'privatelink.vaultcore.')

// groupId is the private link sub-resource; 'vault' targets the Key Vault, the others the storage account.
var endpoints = [
  { groupId: 'blob', zone: 'privatelink.blob.${storageSuffix}' }
  { groupId: 'queue', zone: 'privatelink.queue.${storageSuffix}' }
  { groupId: 'table', zone: 'privatelink.table.${storageSuffix}' }
  { groupId: 'vault', zone: keyVaultZone }
]

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource keyVault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

resource egressIp 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-egress-${resourceToken}'
  location: location
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

resource natGateway 'Microsoft.Network/natGateways@2024-05-01' = {
  name: 'ng-${resourceToken}'
  location: location
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    idleTimeoutInMinutes: 4
    publicIpAddresses: [
      {
        id: egressIp.id
      }
    ]
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-${resourceToken}'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        // Used by nothing else: Flex Consumption needs a dedicated subnet. One address per instance, so a /24
        // covers the default maximum of 100 instances with room for scale-out overlap.
        name: appSubnetName
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 0)
          // The one way out to the internet; no implicit default outbound address.
          defaultOutboundAccess: false
          natGateway: {
            id: natGateway.id
          }
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
      {
        name: endpointSubnetName
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 26, 4)
          defaultOutboundAccess: false
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource appSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: vnet
  name: appSubnetName
}

resource endpointSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: vnet
  name: endpointSubnetName
}

resource zones 'Microsoft.Network/privateDnsZones@2024-06-01' = [
  for endpoint in endpoints: {
    name: endpoint.zone
    location: 'global'
    tags: tags
  }
]

resource zoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [
  for (endpoint, i) in endpoints: {
    parent: zones[i]
    name: vnet.name
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
]

// One at a time: parallel private endpoint operations on one subnet can fail with AnotherOperationInProgress.
@batchSize(1)
resource privateEndpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [
  for endpoint in endpoints: {
    name: 'pe-${endpoint.groupId}-${resourceToken}'
    location: location
    tags: tags
    properties: {
      subnet: {
        id: endpointSubnet.id
      }
      privateLinkServiceConnections: [
        {
          name: endpoint.groupId
          properties: {
            privateLinkServiceId: endpoint.groupId == 'vault' ? keyVault.id : storage.id
            groupIds: [
              endpoint.groupId
            ]
          }
        }
      ]
    }
  }
]

// Registers each endpoint's private address as an A record in its zone.
resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = [
  for (endpoint, i) in endpoints: {
    parent: privateEndpoints[i]
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: endpoint.groupId
          properties: {
            privateDnsZoneId: zones[i].id
          }
        }
      ]
    }
  }
]

@description('Name of the VNet.')
output vnetName string = vnet.name

// A module's outputs are read after the whole module has deployed, so the app is integrated only once the
// endpoints, zone groups and links exist.
@description('Id of the subnet the Function App integrates with.')
output appSubnetId string = appSubnet.id

@description('Static public address of the app\'s outbound internet calls.')
output egressIpAddress string = egressIp.properties.ipAddress
