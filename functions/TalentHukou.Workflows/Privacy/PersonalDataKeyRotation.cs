using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Privacy;

/// <summary>
/// Re-encrypts and re-indexes every stored personal datum under the current personal-data key: applications page by
/// page, then support tickets, one activity per page and one round per page (continued as new, so the history stays
/// short). Idempotent: values already under the key are left alone, so a rotation can be started again at any time.
/// Ops start it with <c>POST /ops/key-rotations</c> and watch it as instance <see cref="InstanceIdFor"/>.
/// </summary>
public sealed class PersonalDataKeyRotation : TaskOrchestrator<KeyRotationInput, KeyRotationResult?>
{
    public const int PageSize = 50;

    public static string InstanceIdFor(string keyId) => "key-rotation-" + keyId;

    public override async Task<KeyRotationResult?> RunAsync(TaskOrchestrationContext context, KeyRotationInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var applications = input.Phase == KeyRotationPhase.Applications;
        var page = await context.CallActivityAsync<KeyRotationPageResult>(
            applications ? nameof(ReprotectApplications) : nameof(ReprotectSupportTickets),
            new KeyRotationPage(input.KeyId, input.ContinuationToken, PageSize), ActivityRetry.Transient);
        var next = applications
            ? input with
            {
                ApplicationsExamined = input.ApplicationsExamined + page.Examined,
                ApplicationsChanged = input.ApplicationsChanged + page.Changed,
            }
            : input with
            {
                TicketsExamined = input.TicketsExamined + page.Examined,
                TicketsChanged = input.TicketsChanged + page.Changed,
            };
        if (page.KeyChanged) return Result(next, "key-changed");
        context.SetCustomStatus(next with { ContinuationToken = null });
        if (page.ContinuationToken is not null)
        {
            context.ContinueAsNew(next with { ContinuationToken = page.ContinuationToken });
            return null;
        }
        if (applications)
        {
            context.ContinueAsNew(next with { Phase = KeyRotationPhase.Tickets, ContinuationToken = null });
            return null;
        }
        return Result(next, "completed");
    }

    /// <summary>Starts a rotation to <paramref name="keyId"/> unless one runs; false when it runs already.</summary>
    public static Task<bool> StartAsync(DurableTaskClient durable, string keyId, CancellationToken ct) =>
        durable.StartUnlessPresentAsync(nameof(PersonalDataKeyRotation), new KeyRotationInput(keyId),
            InstanceIdFor(keyId), replaceEnded: true, ct);

    private static KeyRotationResult Result(KeyRotationInput s, string outcome) =>
        new(s.KeyId, outcome, s.ApplicationsExamined, s.ApplicationsChanged, s.TicketsExamined, s.TicketsChanged);
}
