using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Storage;
using TalentHukou.Testing.Email;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Tests.Notifications.Outbox;

/// <summary>An outbox table of its own on the test Azurite (<c>TALENTHUKOU_TEST_STORAGE</c>, set by test.sh).</summary>
internal static class OutboxTestStorage
{
    public static async Task<EmailOutboxStore> NewStoreAsync() => new(await NewStorageAsync());

    /// <summary>Storage of its own with the outbox and the SMS send log created.</summary>
    public static async Task<StorageClients> NewStorageAsync()
    {
        var storage = NewClients();
        await storage.Table(StorageNames.EmailOutboxTable).CreateIfNotExistsAsync();
        await storage.Table(StorageNames.SmsSendLogTable).CreateIfNotExistsAsync();
        return storage;
    }

    /// <summary>Clients of a storage namespace of their own, nothing created in it yet.</summary>
    public static StorageClients NewClients()
    {
        var connection = Environment.GetEnvironmentVariable("TALENTHUKOU_TEST_STORAGE") is { Length: > 0 } value
            ? value
            : "UseDevelopmentStorage=true";
        return new StorageClients(Options.Create(new StorageOptions
        {
            ConnectionString = connection,
            NamePrefix = "w" + Guid.NewGuid().ToString("N")[..10],
        }));
    }

    public static NotificationRequest Ticket(string? eventKey = null) => new(
        eventKey ?? $"ticket/{Guid.NewGuid():N}/received",
        NotificationKind.TicketReceived,
        NoticeRecipient.TicketAuthor("TK-000789"),
        new Dictionary<string, string> { ["TicketId"] = "TK-000789", ["DueBy"] = "2026-03-05" });

    /// <summary>
    /// Adds the row of a ticket notification to <paramref name="to"/> queued at <paramref name="queuedAt"/>.
    /// </summary>
    public static async Task<OutboxEntry> QueueAsync(
        this EmailOutboxStore store,
        DateTimeOffset queuedAt,
        NotificationRequest? request = null,
        string to = "applicant@example.com")
    {
        var entry = OutboxEntry.For(request ?? Ticket(), new ResolvedRecipient(to, "张*"), queuedAt);
        Assert.NotNull(await store.TryAddAsync(entry, CancellationToken.None));
        return entry;
    }

    public static async Task<OutboxEntry> RowAsync(this EmailOutboxStore store, string rowKey) =>
        (await store.GetAsync(rowKey, CancellationToken.None))!.Entry;
}

