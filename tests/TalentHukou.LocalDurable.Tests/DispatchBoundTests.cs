using System.Net;
using DurableTask.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using TalentHukou.Testing;

namespace TalentHukou.LocalDurable.Tests;

/// <summary>The durable dispatch narrows while API requests are in flight and widens again when none is.</summary>
public class DispatchBoundTests
{
    private static readonly LocalDurableOptions Limits = new()
    {
        MaxConcurrentOrchestrations = 48,
        MaxConcurrentActivities = 40,
        MaxConcurrentOrchestrationsDuringRequests = 2,
        MaxConcurrentActivitiesDuringRequests = 3,
    };

    [Fact]
    public async Task Limits_EachRequestInFlight_TakesItsShareUntilItEnds()
    {
        var bound = new DispatchBound(Options.Create(Limits));
        Assert.Equal((48, 40), (bound.Orchestrations, bound.Activities));

        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        var serving = new[] { bound.ServeAsync(() => first.Task), bound.ServeAsync(() => second.Task) };
        // 4 work items of each kind per request in flight
        Assert.Equal((2, 40, 32), (bound.RequestsInFlight, bound.Orchestrations, bound.Activities));

        first.SetResult();
        await serving[0];
        Assert.Equal((1, 44, 36), (bound.RequestsInFlight, bound.Orchestrations, bound.Activities));
        second.SetException(new InvalidOperationException("the request failed"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => serving[1]);
        Assert.Equal((0, 48, 40), (bound.RequestsInFlight, bound.Orchestrations, bound.Activities));
    }

    [Fact]
    public async Task Limits_BurstOfRequests_TheFloorsNeverLess()
    {
        var bound = new DispatchBound(Options.Create(Limits));
        var burst = new TaskCompletionSource();
        var serving = Enumerable.Range(0, 32).Select(_ => bound.ServeAsync(() => burst.Task)).ToList();

        Assert.Equal((2, 3), (bound.Orchestrations, bound.Activities));
        burst.SetResult();
        await Task.WhenAll(serving);
        Assert.Equal((48, 40), (bound.Orchestrations, bound.Activities));
    }

    [Fact]
    public async Task Limits_DuringRequestsAboveTheFullLimit_TheFullLimit()
    {
        var bound = new DispatchBound(Options.Create(new LocalDurableOptions
        {
            MaxConcurrentOrchestrations = 2,
            MaxConcurrentActivities = 3,
            MaxConcurrentOrchestrationsDuringRequests = 4,
            MaxConcurrentActivitiesDuringRequests = 4,
        }));
        var request = new TaskCompletionSource();
        var serving = bound.ServeAsync(() => request.Task);

        Assert.Equal((2, 3), (bound.Orchestrations, bound.Activities));
        request.SetResult();
        await serving;
    }

    [Theory]
    [InlineData(0, 4, 4)]
    [InlineData(4, 0, 4)]
    [InlineData(1001, 4, 4)]
    [InlineData(4, 4, -1)]
    public void Options_FloorZeroOrLimitsOutOfRange_Refused(int orchestrations, int activities, int perRequest)
    {
        var options = new LocalDurableOptions
        {
            MaxConcurrentOrchestrationsDuringRequests = orchestrations,
            MaxConcurrentActivitiesDuringRequests = activities,
            WorkItemsYieldedPerRequest = perRequest,
        };

        Assert.Single(options.Problems(new HostingEnvironment { EnvironmentName = "Development" }));
    }

    [Fact]
    public async Task LocalHost_ApiRequestInFlight_SidecarDispatchLimitsNarrowUntilItEnds()
    {
        await using var host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?>
        {
            ["DurableTask:Backend"] = "InMemory",
            ["DurableTask:MaxConcurrentOrchestrations"] = "48",
            ["DurableTask:MaxConcurrentActivities"] = "40",
            ["DurableTask:MaxConcurrentOrchestrationsDuringRequests"] = "2",
            ["DurableTask:MaxConcurrentActivitiesDuringRequests"] = "3",
            ["DurableTask:WorkItemsYieldedPerRequest"] = "100",
        });
        // What the sidecar's dispatchers read before each fetch; the worker's own gRPC streams never count as requests.
        var dispatch = host.Services.GetRequiredService<IOrchestrationService>();
        (int, int) Now() =>
            (dispatch.MaxConcurrentTaskOrchestrationWorkItems, dispatch.MaxConcurrentTaskActivityWorkItems);
        Assert.Equal((48, 40), Now());

        var release = new TaskCompletionSource();
        var request = host.Anonymous.PostAsync("dev/token", new HeldBody(release.Task));
        await UntilAsync(() => Now() == (2, 3) || request.IsCompleted);
        Assert.False(request.IsCompleted, "the request ended before its body was sent");
        release.SetResult();
        using var response = await request;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await UntilAsync(() => Now() == (48, 40));
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the dispatch limits did not change within 20 s");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// A body that sends its first byte at once and the rest when released: the request stays in flight.
    /// </summary>
    private sealed class HeldBody : HttpContent
    {
        private readonly Task _release;

        public HeldBody(Task release)
        {
            _release = release;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync("{"u8.ToArray());
            await stream.FlushAsync();
            await _release;
            await stream.WriteAsync("\"sub\":\"dispatch-bound\",\"roles\":[\"applicant\"]}"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
