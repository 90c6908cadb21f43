using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.Activities;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Cards.Saga.Activities;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Api.Tests.Observability;

[Collection(ObservedRunCollection.Name)]
public class CorrelatedLogTests(ObservedRun run)
{
    [Fact]
    public void ActivityLog_OfTheApplication_CarriesItsApplicationAndInstance()
    {
        var lines = run.Host.Logs.Entries
            .Where(e => e.Category == typeof(ApplicationStepRecorder).FullName
                && e.Scope(CorrelationScope.ApplicationId) == run.ApplicationId)
            .ToList();
        // The application's orchestration records its steps (with its notices, in one activity), and so does its
        // card saga.
        Assert.Contains(
            lines,
            l => l.Scope(CorrelationScope.InstanceId) == ApplicationOrchestrator.InstanceIdFor(run.ApplicationId));
        Assert.Contains(
            lines, l => l.Scope(CorrelationScope.InstanceId) == CardSaga.InstanceIdFor(run.ApplicationId, 1));
        Assert.All(
            lines,
            l => Assert.Contains(
                l.Scope(CorrelationScope.InstanceId),
                new[]
                {
                    ApplicationOrchestrator.InstanceIdFor(run.ApplicationId),
                    CardSaga.InstanceIdFor(run.ApplicationId, 1)
                }));
        string[] recording =
        [
            nameof(ApplyApplicationProgress),
            nameof(RecordApplicationStep),
            nameof(BeginCardIssuance),
            nameof(RecordIssuedCard),
            nameof(CrossCheckCardWithPsb),
            nameof(ClosePublicity)
        ];
        Assert.All(lines, l => Assert.Contains(l.Scope(CorrelationScope.Task), recording));
        Assert.DoesNotContain(run.ApplicationId, lines[0].Message); // the scope, not the message, names the application
    }

    [Fact]
    public void OrchestratorLog_ReplaySafe_CarriesItsInstance()
    {
        var issued = Assert.Single(
            run.Host.Logs.Entries,
            e => e.EventId == 4001
                && e.Properties.Any(p => p.Key == "ApplicationId" && Equals(p.Value, run.ApplicationId)));
        Assert.Equal(CardSaga.InstanceIdFor(run.ApplicationId, 1), issued.Scope(CorrelationScope.InstanceId));
        Assert.Equal(run.ApplicationId, issued.Scope(CorrelationScope.ApplicationId));
    }

    [Fact]
    public void RequestLog_CarriesTraceIdAndRoute()
    {
        Assert.Contains(
            run.Host.Logs.Entries,
            e => e.Scope(CorrelationScope.TraceId) == run.SubmitTrace.ToString()
                && e.Scope(CorrelationScope.Route) == "/api/applications");
    }

    [Fact]
    public void ScopeValues_NeverHoldIdNumbersOrPhones()
    {
        var values = run.Host.Logs.Entries.SelectMany(e => e.Scopes).Select(s => $"{s.Key}={s.Value}").ToList();
        Assert.Contains(values, v => v == $"{CorrelationScope.ApplicationId}={run.ApplicationId}");
        Assert.DoesNotContain(
            values,
            v => v.Contains(run.IdNumber, StringComparison.Ordinal)
                || v.Contains(ObservedRun.Phone, StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => PersonalDataPatterns.LooksLikeIdNumberOrPhone(v));
    }
}
