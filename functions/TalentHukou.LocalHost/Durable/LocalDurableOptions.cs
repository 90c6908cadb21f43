namespace TalentHukou.LocalHost.Durable;

/// <summary>The local durable runtime (section <c>DurableTask</c>): the task hub in Azure Storage and the sidecar port.</summary>
public sealed class LocalDurableOptions
{
    public const string SectionName = "DurableTask";

    /// <summary>Same hub name as host.json's, so both hosts use one storage layout.</summary>
    public string HubName { get; set; } = "talenthukou";

    /// <summary>Connection string of the task hub's storage (defaults to <c>Storage:ConnectionString</c>).</summary>
    public string? ConnectionString { get; set; }

    public int PartitionCount { get; set; } = 4;

    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a message dequeued by a host that then died stays invisible before another host gets it (DTFx: 5 minutes).
    /// Longer than any activity runs.
    /// </summary>
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Loopback port of the gRPC sidecar; 0 picks a free one.</summary>
    public int SidecarPort { get; set; }
}
