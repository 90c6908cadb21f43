using TalentHukou.Adapters.Email;

namespace TalentHukou.Adapters.Email;

/// <summary>The events that send an e-mail; each has one template in <see cref="EmailTemplateCatalog"/>.</summary>
public enum NotificationKind
{
    ApplicationReceived,
    ApplicationRouted,
    UnitReviewApproved,
    UnitReviewRejected,
    HrssReviewApproved,
    HrssReviewRejected,
    PublicityStarted,
    PublicityEnded,
    ObjectionReceived,
    ObjectionResolved,
    CardReadyToGenerate,
    CardIssued,
    CardGenerationReminder,
    CardGenerationExpired,
    PsbReconciliationUnderway,
    PsbReconciliationFailed,
    RegistryRequestApproved,
    RegistryRequestRejected,
    RegistryRequestOverdue,
    TicketReceived,
    TicketAnswered,
    TicketOverdue,
    PsbReconciliationResolved,
    TicketDueSoon,
    ApplicationWithdrawn,
    ApplicationReturned,
    ApplicationResubmitted,
    CorrectionExpired,
    ApplicationClosed,
    PublicityEndMoved,

    /// <summary>A one-time code by SMS (<c>POST /contact-verifications</c>): never e-mailed, nor a fallback.</summary>
    PhoneVerificationCode,
}
