using DurableTask.Core;
using TalentHukou.LocalDurable;

namespace TalentHukou.LocalDurable;

/// <summary>
/// The orchestration service as the sidecar and <see cref="LocalDurableRuntime"/> see it: start and stop are serialised
/// and happen at most once. The sidecar starts the service only once a worker connects, and stops it on application
/// stopping without waiting for that start; a host stopped early (a test, Ctrl-C during start-up) would otherwise stop
/// a service that never started, which throws a <see cref="NullReferenceException"/> on a thread-pool thread and kills
/// the process. Everything else passes straight through.
/// </summary>
internal sealed class StartStopGuard(IOrchestrationService inner) : OrchestrationServiceDecorator(inner)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _started;
    private bool _stopped;

    public override async Task StartAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_started || _stopped) return; // already running, or the host is shutting down
            await Inner.StartAsync();
            _started = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public override Task StopAsync() => StopAsync(isForced: false);

    public override async Task StopAsync(bool isForced)
    {
        await _gate.WaitAsync();
        try
        {
            _stopped = true;
            if (!_started) return;
            _started = false;
            await Inner.StopAsync(isForced);
        }
        finally
        {
            _gate.Release();
        }
    }
}
