namespace TalentHukou.Workflows.Storage;

/// <summary>Every table and blob container the service owns, so that start-up creates them all.</summary>
public static class StorageNames
{
    public const string ClockTable = "Clock";
    public const string IdempotencyTable = "Idempotency";
    public const string EmployersTable = "Employers";
    public const string RegistryRequestsTable = "RegistryRequests";
    public const string UnitAdminGrantsTable = "UnitAdminGrants";
    public const string EmailOutboxTable = "EmailOutbox";
    public const string ApplicationsTable = "Applications";
    public const string ApplicationIndexTable = "ApplicationIndex";
    public const string ActiveApplicationsTable = "ActiveApplications";
    public const string CardReservationsTable = "CardReservations";
    public const string CardNumbersTable = "CardNumbers";
    public const string CardsTable = "Cards";
    public const string PsbReconciliationsTable = "PsbReconciliations";
    public const string PublicSecurityCardsTable = "PublicSecurityCards";
    public const string CardsContainer = "cards";

    public static IReadOnlyList<string> Tables { get; } = [ClockTable, IdempotencyTable, EmployersTable, RegistryRequestsTable, UnitAdminGrantsTable, EmailOutboxTable,
        ApplicationsTable, ApplicationIndexTable, ActiveApplicationsTable, CardReservationsTable, CardNumbersTable, CardsTable, PsbReconciliationsTable,
        PublicSecurityCardsTable];

    public static IReadOnlyList<string> Containers { get; } = [CardsContainer];
}
