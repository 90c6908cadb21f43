using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>
/// The saga's settings and the applicant to notify, read once into the orchestration's history so that replays use the
/// same values even if the configuration changes meanwhile.
/// </summary>
public sealed class GetCardSagaPlan(ApplicationStore applications, IOptionsMonitor<CardSagaOptions> options) : TaskActivity<string, CardSagaPlan>
{
    public override async Task<CardSagaPlan> RunAsync(TaskActivityContext context, string input)
    {
        var record = (await applications.GetAsync(input, CancellationToken.None))?.Record
            ?? throw new InvalidOperationException($"Application {input} does not exist.");
        var o = options.CurrentValue;
        return new CardSagaPlan(o.ValidityMonths, o.StepAttempts, o.StepFirstRetry, o.PsbSync, record.Applicant.Email, record.Applicant.Name);
    }
}

/// <summary>Settings of one saga run, and the applicant's email address and name for its notices.</summary>
public sealed record CardSagaPlan(int ValidityMonths, int StepAttempts, TimeSpan StepFirstRetry, PsbSyncPolicy PsbSync, string RecipientEmail, string RecipientName);
