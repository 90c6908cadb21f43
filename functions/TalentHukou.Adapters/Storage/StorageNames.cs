namespace TalentHukou.Adapters.Storage;

/// <summary>Every table and blob container the service owns, so that start-up creates them all.</summary>
public static class StorageNames
{
    public const string ClockTable = "Clock";
    public const string IdempotencyTable = "Idempotency";
    public const string EmployersTable = "Employers";
    public const string RegistryRequestsTable = "RegistryRequests";
    public const string UnitAdminGrantsTable = "UnitAdminGrants";
    public const string EmailOutboxTable = "EmailOutbox";
    public const string SmsSendLogTable = "SmsSendLog";

    /// <summary>Phone verifications: a keyed digest of the number and a keyed hash of the one-time code, never either
    /// in clear.</summary>
    public const string ContactVerificationsTable = "ContactVerifications";
    public const string ApplicationsTable = "Applications";
    public const string ApplicationIndexTable = "ApplicationIndex";
    public const string ActiveApplicationsTable = "ActiveApplications";

    /// <summary>
    /// Applications, registry requests and tickets stored but whose process has not been seen to start.
    /// </summary>
    public const string UnstartedProcessesTable = "UnstartedProcesses";
    public const string CardReservationsTable = "CardReservations";
    public const string CardNumbersTable = "CardNumbers";
    public const string CardsTable = "Cards";

    /// <summary>
    /// One row per person (ID-number index) naming the application whose card they hold: one valid card each.
    /// </summary>
    public const string CardHoldersTable = "CardHolders";
    public const string PsbReconciliationsTable = "PsbReconciliations";
    public const string PublicSecurityCardsTable = "PublicSecurityCards";
    public const string CardsContainer = "cards";
    public const string SchoolsTable = "Schools";
    public const string MajorsTable = "Majors";
    public const string SupportTicketsTable = "SupportTickets";
    public const string SupportTicketMessagesTable = "SupportTicketMessages";

    /// <summary>
    /// How many writes each subject made in the current minute (the API's rate limit, shared by all instances).
    /// </summary>
    public const string WriteBudgetsTable = "WriteBudgets";

    /// <summary>The append-only audit trail (<c>AuditTrail</c>).</summary>
    public const string AuditTable = "Audit";

    /// <summary>Which subject holds which staff role, and the reviewer's office (<c>StaffAssignments</c>).</summary>
    public const string StaffAssignmentsTable = "StaffAssignments";
    /// <summary>
    /// Business decisions, stored before their orchestration is signalled with the id (<c>DecisionStore</c>).
    /// </summary>
    public const string DecisionsTable = "Decisions";
    /// <summary>
    /// The public publicity roster (公示名单): one row per application under or past publicity, no personal numbers.
    /// </summary>
    public const string PublicityRosterTable = "PublicityRoster";

    /// <summary>Files attached to school and major add-requests (private; read only through the API).</summary>
    public const string RegistryAttachmentsContainer = "registry-attachments";

    /// <summary>Support tickets' screenshots (private; read only through the API).</summary>
    public const string SupportScreenshotsContainer = "support-screenshots";

    /// <summary>
    /// Applications' supporting documents (private; read only through the API; blob name = material id).
    /// </summary>
    public const string ApplicationMaterialsContainer = "application-materials";

    /// <summary>Holiday notices published through the API, one row per year (<c>CalendarNoticeStore</c>).</summary>
    public const string CalendarNoticesTable = "CalendarNotices";

    /// <summary>
    /// Ops bulk-action dry runs: the exact instances an apply acts on, and the admin's approval (<c>BulkDryRuns</c>).
    /// </summary>
    public const string BulkDryRunsTable = "OpsBulkDryRuns";

    /// <summary>
    /// One claim per registry name, so two requests cannot ask for one name (<c>RegistryNameClaims</c>).
    /// </summary>
    public const string RegistryNamesTable = "RegistryNames";

    public static IReadOnlyList<string> Tables { get; } =
    [
        ClockTable, IdempotencyTable, EmployersTable, RegistryRequestsTable, UnitAdminGrantsTable, EmailOutboxTable,
        SmsSendLogTable, ContactVerificationsTable,
        ApplicationsTable, ApplicationIndexTable, ActiveApplicationsTable, UnstartedProcessesTable,
        CardReservationsTable, CardNumbersTable, CardsTable, CardHoldersTable, PsbReconciliationsTable,
        PublicSecurityCardsTable,
        SchoolsTable, MajorsTable, SupportTicketsTable, SupportTicketMessagesTable, WriteBudgetsTable,
        AuditTable, StaffAssignmentsTable, DecisionsTable,
        AuditTable, PublicityRosterTable, CalendarNoticesTable, BulkDryRunsTable, RegistryNamesTable,
    ];

    public static IReadOnlyList<string> Containers { get; } =
        [CardsContainer, RegistryAttachmentsContainer, SupportScreenshotsContainer, ApplicationMaterialsContainer];
}
