// Hosting for the Technician Hub tab: a static website in Azure Storage. The tab is a static
// single-page app (it calls Microsoft Graph from the browser with nested app authentication),
// so there is no server to run. Used by `arm/deploy` in teamsapp.yml.
@maxLength(20)
@minLength(4)
@description('Base name for the storage account (lower-case letters and digits).')
param resourceBaseName string

@description('Storage redundancy; Standard_LRS is enough for static files.')
param storageSku string = 'Standard_LRS'

param location string = resourceGroup().location

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  kind: 'StorageV2'
  location: location
  name: resourceBaseName
  properties: {
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
  }
  sku: {
    name: storageSku
  }
}

var siteDomain = replace(replace(storage.properties.primaryEndpoints.web, 'https://', ''), '/', '')

// Written to env/.env.<env> by arm/deploy (output names become variable names).
output TAB_AZURE_STORAGE_RESOURCE_ID string = storage.id
output TAB_DOMAIN string = siteDomain
output TAB_ENDPOINT string = 'https://${siteDomain}'
