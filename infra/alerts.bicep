// Log alert rules on the Application Insights data of TalentHukou, and the action group they notify. The queries
// live in alerts/*.kql (classic Application Insights table names: traces, requests, customMetrics); each rule fires
// when its query returns a row, one alert per dimension value. Without an alert email there is no action group: the
// rules still fire and show under Monitor > Alerts, but notify nobody.

@description('Region of the alert rules.')
param location string

@description('Tags for every resource (azd-env-name).')
param tags {
  *: string
}

@description('Short unique suffix of the resource names.')
param resourceToken string

@description('Name of the Application Insights component the rules query.')
param appInsightsName string

@description('Address that receives the alerts. Empty: no action group.')
param alertEmail string

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmail)) {
  name: 'ag-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'talenthukou'
    enabled: true
    emailReceivers: [
      {
        name: 'operators'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

// severity: 0 critical, 1 error, 2 warning, 3 informational. Stateful rules (autoMitigate) notify once per
// dimension value and resolve by themselves once the query stops returning it.
var rules = [
  {
    name: 'orchestration-failed'
    displayName: 'TalentHukou: orchestration failed'
    description: 'An orchestration (process, card saga, SLA timer, outbox) failed. Open it in /api/ops/instances/{id}.'
    severity: 1
    windowSize: 'PT15M'
    evaluationFrequency: 'PT5M'
    query: loadTextContent('alerts/orchestration-failed.kql')
    dimensions: [
      'functionName'
    ]
  }
  {
    name: 'sla-escalation'
    displayName: 'TalentHukou: SLA breached (escalation)'
    description: 'A registry request or support ticket passed its due date; the escalation went to the team mailbox.'
    severity: 2
    windowSize: 'PT15M'
    evaluationFrequency: 'PT5M'
    query: loadTextContent('alerts/sla-escalation.kql')
    dimensions: [
      'kind'
      'subject'
    ]
  }
  {
    name: 'psb-reconciliation'
    displayName: 'TalentHukou: public-security reconciliation running'
    description: 'Public security does not know an issued card; the saga re-pushes it each round. Resolves by itself.'
    severity: 3
    // Rounds are 30 minutes apart by default: a one-hour window keeps one alert open across them.
    windowSize: 'PT1H'
    evaluationFrequency: 'PT15M'
    query: loadTextContent('alerts/psb-reconciliation.kql')
    dimensions: [
      'applicationId'
    ]
  }
  {
    name: 'psb-reconciliation-failed'
    displayName: 'TalentHukou: public-security reconciliation failed'
    description: 'A card is unknown to public security after all rounds; the applicant was sent there. Needs a person.'
    severity: 1
    windowSize: 'PT15M'
    evaluationFrequency: 'PT5M'
    query: loadTextContent('alerts/psb-reconciliation-failed.kql')
    dimensions: [
      'applicationId'
    ]
  }
  {
    name: 'api-5xx-rate'
    displayName: 'TalentHukou: API 5xx rate above 5%'
    description: 'More than 5% of API requests (at least 20 in 15 minutes) answered with a 5xx status.'
    severity: 2
    windowSize: 'PT15M'
    evaluationFrequency: 'PT5M'
    query: loadTextContent('alerts/api-5xx-rate.kql')
    dimensions: [
      'source'
    ]
  }
  {
    name: 'email-outbox'
    displayName: 'TalentHukou: email outbox backing up'
    description: 'Mail is not leaving: unsent for over an hour, on a 5th attempt, or failed for good.'
    severity: 2
    windowSize: 'PT30M'
    evaluationFrequency: 'PT10M'
    query: loadTextContent('alerts/email-outbox.kql')
    dimensions: [
      'signal'
    ]
  }
]

resource alertRules 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in rules: {
    name: 'alert-${rule.name}-${resourceToken}'
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: rule.displayName
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        appInsights.id
      ]
      evaluationFrequency: rule.evaluationFrequency
      windowSize: rule.windowSize
      autoMitigate: true
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            dimensions: [
              for dimension in rule.dimensions: {
                name: dimension
                operator: 'Include'
                values: [
                  '*'
                ]
              }
            ]
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      actions: {
        actionGroups: empty(alertEmail) ? [] : [
          actionGroup.id
        ]
      }
    }
  }
]

@description('Names of the alert rules.')
output alertRuleNames string[] = [for (rule, i) in rules: alertRules[i].name]

@description('Id of the action group; empty when there is no alert email.')
output actionGroupId string = empty(alertEmail) ? '' : actionGroup.id
