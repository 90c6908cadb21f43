using Google.Protobuf;
using Grpc.Core;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;
using Microsoft.DurableTask.Protobuf;
using Microsoft.Extensions.Logging;
using TalentHukou.FunctionsHost.Protocol;
using RpcException = Grpc.Core.RpcException;

namespace TalentHukou.FunctionsHost.Durable;

/// <summary>
/// Does for the worker what the Durable extension does for an isolated worker: takes the task hub's work items (from
/// the local sidecar) and invokes the orchestrator trigger with the base64 <c>OrchestratorRequest</c> (its return value
/// is the base64 <c>OrchestratorResponse</c>) and the activity trigger with the activity's JSON input (its return value
/// is the activity's output).
/// </summary>
public sealed partial class DurableDispatcher(
    TaskHubSidecarService.TaskHubSidecarServiceClient sidecar, WorkerSession session, DurableClientPayload payload,
    ILogger<DurableDispatcher> logger)
{
    /// <summary>Receives work items until <paramref name="stopping"/>; reconnects when the stream drops.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                using var stream = sidecar.GetWorkItems(new GetWorkItemsRequest
                {
                    MaxConcurrentOrchestrationWorkItems = 100,
                    MaxConcurrentActivityWorkItems = 100,
                }, cancellationToken: stopping);
                await foreach (var item in stream.ResponseStream.ReadAllAsync(stopping))
                    _ = Task.Run(() => DispatchAsync(item, stopping), stopping);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested && ex is RpcException or IOException)
            {
                LogReconnecting(logger, ex.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(500), stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task DispatchAsync(WorkItem item, CancellationToken stopping)
    {
        try
        {
            if (item.RequestCase == WorkItem.RequestOneofCase.OrchestratorRequest)
                await sidecar.CompleteOrchestratorTaskAsync(await OrchestrateAsync(item.OrchestratorRequest, stopping),
                    cancellationToken: stopping);
            else if (item.RequestCase == WorkItem.RequestOneofCase.ActivityRequest)
                await sidecar.CompleteActivityTaskAsync(await RunActivityAsync(item.ActivityRequest, stopping),
                    cancellationToken: stopping);
            else if (item.RequestCase != WorkItem.RequestOneofCase.HealthPing)
                LogUnsupported(logger, item.RequestCase.ToString());
        }
        catch (Exception ex) when (ex is RpcException or OperationCanceledException or IOException)
        {
            // The sidecar gives the work item to the next connection; the worker or the harness is going away.
            LogDropped(logger, item.RequestCase.ToString(), ex.Message);
        }
    }

    private async Task<OrchestratorResponse> OrchestrateAsync(OrchestratorRequest request, CancellationToken stopping)
    {
        var name = request.PastEvents.Concat(request.NewEvents)
            .First(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionStarted).ExecutionStarted.Name;
        var function = Find(name, "orchestrationTrigger");
        var metadata = new Dictionary<string, TypedData> { ["instanceId"] = Invocations.Text(request.InstanceId) };
        var invocation = Invocations.Create(
            function, Invocations.Text(request.ToByteString().ToBase64()), payload.Json, metadata);
        var response = await session.InvokeAsync(invocation, stopping);
        var failure = Invocations.Failure(response);
        if (failure is not null || response.ReturnValue?.DataCase != TypedData.DataOneofCase.String)
            return Failed(request.InstanceId, failure ?? "The orchestrator trigger returned no orchestrator response.");
        var answer = OrchestratorResponse.Parser.ParseFrom(ByteString.FromBase64(response.ReturnValue.String));
        answer.InstanceId = request.InstanceId;
        return answer;
    }

    private async Task<ActivityResponse> RunActivityAsync(ActivityRequest request, CancellationToken stopping)
    {
        var function = Find(request.Name, "activityTrigger");
        var input = request.Input is null ? new TypedData() : Invocations.Text(Unwrapped(request.Input));
        var metadata = new Dictionary<string, TypedData>
        {
            ["instanceId"] = Invocations.Text(request.OrchestrationInstance.InstanceId),
            [function.Trigger.Name] = input,
        };
        var response = await session.InvokeAsync(Invocations.Create(function, input, payload.Json, metadata), stopping);
        var answer = new ActivityResponse
        {
            InstanceId = request.OrchestrationInstance.InstanceId,
            TaskId = request.TaskId,
        };
        if (response.Result.Status == StatusResult.Types.Status.Success)
            answer.Result = Invocations.ReturnValueAsJson(response.ReturnValue);
        else
            answer.FailureDetails = Details(response.Result.Exception, response.Result.Result);
        return answer;
    }

    /// <summary>
    /// The task hub stores an activity's input DTFx-style, as an array of its parameters (here always one); the
    /// extension hands the activity trigger that one parameter's JSON.
    /// </summary>
    private static string Unwrapped(string input)
    {
        using var json = System.Text.Json.JsonDocument.Parse(input);
        var root = json.RootElement;
        return root.ValueKind == System.Text.Json.JsonValueKind.Array && root.GetArrayLength() == 1
            ? root[0].GetRawText()
            : input;
    }

    private LoadedFunction Find(string name, string trigger) =>
        session.Functions.FirstOrDefault(f => f.Name == name && f.HasTrigger(trigger))
        ?? throw new InvalidOperationException($"The worker has no {trigger} function named '{name}'.");

    private static TaskFailureDetails Details(Microsoft.Azure.Functions.Worker.Grpc.Messages.RpcException? exception,
        string fallback) => new()
        {
            ErrorType = string.IsNullOrEmpty(exception?.Type) ? "System.Exception" : exception.Type,
            ErrorMessage = exception?.Message ?? fallback,
            StackTrace = exception?.StackTrace ?? "",
        };

    private static OrchestratorResponse Failed(string instanceId, string failure)
    {
        var response = new OrchestratorResponse { InstanceId = instanceId };
        response.Actions.Add(new OrchestratorAction
        {
            CompleteOrchestration = new CompleteOrchestrationAction
            {
                OrchestrationStatus = OrchestrationStatus.Failed,
                FailureDetails = new TaskFailureDetails
                {
                    ErrorType = "FunctionInvocationException",
                    ErrorMessage = failure,
                },
            },
        });
        return response;
    }

    [LoggerMessage(EventId = 9030, Level = LogLevel.Debug,
        Message = "Work-item stream dropped ({Reason}); reconnecting")]
    private static partial void LogReconnecting(ILogger logger, string reason);

    [LoggerMessage(EventId = 9031, Level = LogLevel.Warning, Message = "Unsupported work item {Kind}")]
    private static partial void LogUnsupported(ILogger logger, string kind);

    [LoggerMessage(EventId = 9032, Level = LogLevel.Debug, Message = "{Kind} work item dropped: {Reason}")]
    private static partial void LogDropped(ILogger logger, string kind, string reason);
}
