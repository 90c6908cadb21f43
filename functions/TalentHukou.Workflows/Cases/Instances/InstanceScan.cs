using System.ComponentModel;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Applications;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Cases;

namespace TalentHukou.Workflows.Cases.Instances;

/// <summary>
/// Reads instances through the task hub's query page by page, applying the checks the query cannot (orchestrator
/// name, updated time, the case's stage and office), and tells each instance's case.
/// </summary>
public sealed class InstanceScan(ApplicationStore applications)
{
    public async Task<InstancePageResult> PageAsync(
        DurableTaskClient durable, InstanceFilter filter, int pageSize, string? continuationToken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(durable);
        ArgumentNullException.ThrowIfNull(filter);
        var cases = filter.Stage is null && filter.Office is null ? null : await CaseRowsAsync(ct);
        await foreach (var page in durable.GetAllInstancesAsync(filter.ToQuery(pageSize, continuationToken))
            .AsPages(continuationToken, pageSize).WithCancellation(ct))
        {
            var items = page.Values.Where(i => Matches(filter, i, cases)).Select(i => Row(i, cases)).ToList();
            return new InstancePageResult(items, page.ContinuationToken);
        }
        return new InstancePageResult([], null);
    }

    /// <summary>
    /// Every matching instance, page after page (an export, a dry run); stops after <paramref name="max"/>.
    /// </summary>
    public async IAsyncEnumerable<InstanceRow> AllAsync(
        DurableTaskClient durable, InstanceFilter filter, int max,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string? token = null;
        var count = 0;
        do
        {
            var page = await PageAsync(durable, filter, 200, token, ct);
            foreach (var row in page.Items)
            {
                if (count++ >= max) yield break;
                yield return row;
            }
            token = page.ContinuationToken;
        }
        while (token is not null);
    }

    private static bool Matches(
        InstanceFilter f, OrchestrationMetadata i, IReadOnlyDictionary<string, ApplicationQueueRow>? cases)
    {
        if (f.Name is { } name && !i.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return false;
        if (f.UpdatedFrom is { } from && i.LastUpdatedAt < from) return false;
        if (f.UpdatedTo is { } to && i.LastUpdatedAt > to) return false;
        if (cases is null) return true;
        if (CaseOf(i.InstanceId, cases) is not { } row) return false;
        return (f.Stage is null || StageNames.Wire(row.Stage) == f.Stage)
            && (f.Office is null || row.Scope == f.Office);
    }

    private static InstanceRow Row(OrchestrationMetadata i, IReadOnlyDictionary<string, ApplicationQueueRow>? cases)
    {
        var key = CaseKinds.Of(i.InstanceId);
        var row = cases is null ? null : CaseOf(i.InstanceId, cases);
        return new InstanceRow(i.InstanceId, i.Name, i.RuntimeStatus.ToString(), i.CreatedAt, i.LastUpdatedAt,
            key?.Kind == CaseKinds.Card ? CaseKinds.Application : key?.Kind, key?.Id,
            row is null ? null : StageNames.Wire(row.Stage), row?.Scope);
    }

    private static ApplicationQueueRow? CaseOf(
        string instanceId, IReadOnlyDictionary<string, ApplicationQueueRow> cases) =>
        CaseKinds.Of(instanceId) is { Kind: CaseKinds.Application or CaseKinds.Card } key
            ? cases.GetValueOrDefault(key.Id)
            : null;

    private async Task<IReadOnlyDictionary<string, ApplicationQueueRow>> CaseRowsAsync(CancellationToken ct) =>
        (await applications.ScanScopeRowsAsync(ct))
            .GroupBy(r => r.ApplicationId)
            .ToDictionary(g => g.Key, g => g.First());
}

/// <summary>One instance as lists and exports show it, with its case when it follows one.</summary>
[Description("编排实例（列表行）。An orchestration instance in a list, with the case it serves.")]
public sealed record InstanceRow(
    string InstanceId,
    string Name,
    [WireValues(typeof(OrchestrationRuntimeStatus), AsDeclared = true)] string RuntimeStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    [WireValues(typeof(CaseKinds), Schema = "CaseKind")] string? CaseKind,
    string? CaseId,
    [WireValues(typeof(ApplicationStage))] string? Stage,
    [WireValues(typeof(ApplicationRoute), Member = nameof(ApplicationRoute.Offices), Schema = "Office")]
    string? Office);

/// <summary>
/// A page of instances after the scan's checks (it may hold fewer than asked, and still have a next page).
/// </summary>
public sealed record InstancePageResult(IReadOnlyList<InstanceRow> Items, string? ContinuationToken);
