using Microsoft.DurableTask.Client;

namespace TalentHukou.LocalDurable.Tests;

/// <summary>
/// Waits on an orchestration instance through the durable client, bounded so a stuck instance fails the test.
/// </summary>
internal static class InstanceWaits
{
    public static async Task ForCustomStatusAsync(DurableTaskClient client, string id, string status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, timeout.Token);
            if (instance?.SerializedCustomStatus?.Contains(status) == true) return;
            await Task.Delay(100, timeout.Token);
        }
    }

    public static async Task<OrchestrationMetadata> ForCompletionAsync(DurableTaskClient client, string id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        return await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
    }
}
