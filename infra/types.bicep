// Types shared by main.bicep and resources.bicep.

@export()
@description('''The vendor-approved template id of each SMS notice (app settings Sms__Templates__<notice>).
Every one is required when SMS is on; the template texts are in functions/TalentHukou.Adapters/Sms/SmsTemplates.cs.''')
type smsTemplateIds = {
  VerificationCode: string
  CardIssued: string
  PublicityStarted: string
  PublicityPassed: string
  ReturnedForCorrection: string
  Approved: string
  Rejected: string
  WithdrawalConfirmed: string
  TicketAnswered: string
  RegistryRequestDecided: string
}
