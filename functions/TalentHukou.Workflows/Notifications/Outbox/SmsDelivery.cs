using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Sms;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// One step of an SMS outbox row, run by the row's dispatcher like an e-mail attempt. SendSms has no idempotency
/// key, so an attempt whose outcome is unknown (a crash mid-send: the lease ran out; or no answer) is first reconciled
/// through the gateway's status pull by the row's own reference, and sent again only when no report came within
/// <see cref="SmsOptions.ReportGrace"/>. Throttles wait and retry; permanent refusals fail the row; the per-number
/// limit defers. After the gateway accepts, the row is <c>sent</c> and the same step reads its report: delivered or
/// failed.
/// </summary>
public sealed partial class SmsDelivery(
    EmailOutboxStore outbox, IEnumerable<ISmsGateway> gateways, SmsSendLog sendLog, IOptions<SmsOptions> sms,
    IOptions<EmailOutboxOptions> options, TimeProvider time, ILogger<SmsDelivery> logger)
{
    private const string UnknownPrefix = "Unknown:";
    private readonly EmailOutboxOptions _options = options.Value;
    private readonly ISmsGateway? _gateway = gateways.FirstOrDefault();

    public async Task<EmailDispatchStep> AttemptAsync(StoredOutboxEntry stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        try
        {
            return await StepAsync(stored);
        }
        catch (Adapters.Sms.Tencent.SmsGatewayException e)
        {
            // The status pull could not be asked (an outage): nothing is known, so nothing changes; look again later.
            var retryAt = time.GetUtcNow() + _options.RetryDelay(stored.Entry.Attempts, null);
            LogPullFailed(logger, stored.Entry.RowKey, e.Code, retryAt);
            return EmailDispatchStep.Retry(stored.Entry.Status, retryAt);
        }
    }

    private async Task<EmailDispatchStep> StepAsync(StoredOutboxEntry stored)
    {
        var (entry, etag) = (stored.Entry, stored.ETag);
        var now = time.GetUtcNow();
        if (entry.IsFinal) return EmailDispatchStep.Done(entry.Status);
        if (_gateway is null)
            return await SettleAsync(entry, etag,
                entry with { Status = OutboxStatus.Failed, FailedAt = now, LastError = "NoSmsGateway" });
        if (entry.Status == OutboxStatus.Sent) return await ReadReportAsync(entry, etag, now);
        if (entry is { Status: OutboxStatus.Sending, LeaseUntil: { } heldUntil } && heldUntil > now)
            return EmailDispatchStep.Retry(entry.Status, _options.LookAgainWhileHeld(heldUntil, now));
        if (entry.Status == OutboxStatus.Sending
            || entry.LastError?.StartsWith(UnknownPrefix, StringComparison.Ordinal) == true)
        {
            if (await ReconcileAsync(entry, etag, now) is { } settled) return settled;
        }

        var sent = await sendLog.SinceAsync(entry.ToAddress, now - SmsFrequencyLimit.Longest, CancellationToken.None);
        if (SmsFrequencyLimit.NextAllowed(sent, now) is { } allowedAt)
        {
            LogDeferred(logger, entry.RowKey, allowedAt);
            return await SettleAsync(entry, etag,
                entry with { NextAttemptAt = allowedAt, LastError = "Deferred: per-number limit" }, allowedAt);
        }

        return await SendAsync(entry, etag, now);
    }

    /// <summary>
    /// The earlier attempt's fate: a report under the row's reference means it went (no second message); none yet
    /// within the grace means wait and look again; none after it means it never went, so the caller sends (null).
    /// </summary>
    private async Task<EmailDispatchStep?> ReconcileAsync(OutboxEntry entry, Azure.ETag etag, DateTimeOffset now)
    {
        var attemptedAt = entry.LastAttemptAt ?? entry.QueuedAt;
        var report = await _gateway!.FindReportAsync(
            entry.ToAddress, entry.OperationId, attemptedAt, CancellationToken.None);
        if (report is not null)
        {
            LogReconciled(logger, entry.RowKey, report.Delivered);
            return await SettleAsync(entry, etag,
                Reported(entry with { SentAt = attemptedAt, ProviderMessageId = report.SerialNo }, report, now));
        }

        var graceEnds = attemptedAt + sms.Value.ReportGrace;
        if (now >= graceEnds) return null;
        var lookAgain = Min(now + sms.Value.ReportPollInterval, graceEnds);
        return await SettleAsync(entry, etag,
            entry with { Status = OutboxStatus.Queued, LeaseUntil = null, NextAttemptAt = lookAgain }, lookAgain);
    }

    private async Task<EmailDispatchStep> SendAsync(OutboxEntry entry, Azure.ETag etag, DateTimeOffset now)
    {
        var claimed = entry with
        {
            Status = OutboxStatus.Sending,
            Attempts = entry.Attempts + 1,
            LastAttemptAt = now,
            LeaseUntil = now + _options.Lease,
            NextAttemptAt = null,
        };
        if (await outbox.TryReplaceAsync(claimed, etag, CancellationToken.None) is not { } claimedTag)
            return EmailDispatchStep.Retry(entry.Status, now + _options.FirstRetryDelay);

        var message = new SmsMessage(entry.ToAddress, entry.SmsNotice!.Value, entry.SmsParameters);
        using var timeout = new CancellationTokenSource(_options.SendTimeout);
        var outcome = await _gateway!.SendAsync(message, entry.OperationId, timeout.Token);
        var at = time.GetUtcNow();
        // Accepted or of unknown outcome, the send counts toward the per-number limit either way.
        if (outcome is SmsSendOutcome.Accepted or SmsSendOutcome.Unknown)
            await sendLog.RecordAsync(entry.ToAddress, entry.OperationId, at, CancellationToken.None);
        var recorded = Record(claimed with { LeaseUntil = null }, outcome, at);
        LogOutcome(logger, entry.RowKey, recorded.Status, recorded.LastError);
        return await SettleAsync(claimed, claimedTag, recorded, recorded.NextAttemptAt);
    }

    private OutboxEntry Record(OutboxEntry claimed, SmsSendOutcome outcome, DateTimeOffset now)
    {
        var giveUpAt = claimed.QueuedAt + _options.GiveUpAfter;
        return outcome switch
        {
            SmsSendOutcome.Accepted a => claimed with
            {
                Status = OutboxStatus.Sent,
                SentAt = now,
                ProviderMessageId = a.SerialNo,
                LastError = null,
                NextAttemptAt = now + sms.Value.ReportPollInterval,
            },
            SmsSendOutcome.Failed f =>
                claimed with { Status = OutboxStatus.Failed, FailedAt = now, LastError = f.Code },
            _ when now >= giveUpAt =>
                claimed with { Status = OutboxStatus.Failed, FailedAt = now, LastError = "GaveUp: " + Code(outcome) },
            SmsSendOutcome.Transient t => claimed with
            {
                Status = OutboxStatus.Queued,
                LastError = t.Code,
                NextAttemptAt = Min(now + _options.RetryDelay(claimed.Attempts, t.RetryAfter), giveUpAt),
            },
            SmsSendOutcome.Unknown u => claimed with
            {
                Status = OutboxStatus.Queued,
                LastError = UnknownPrefix + u.Code,
                NextAttemptAt = now + sms.Value.ReportPollInterval,
            },
            _ => throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}."),
        };
    }

    private async Task<EmailDispatchStep> ReadReportAsync(OutboxEntry entry, Azure.ETag etag, DateTimeOffset now)
    {
        var report = await _gateway!.FindReportAsync(
            entry.ToAddress, entry.OperationId, entry.SentAt ?? entry.QueuedAt, CancellationToken.None);
        if (report is not null) return await SettleAsync(entry, etag, Reported(entry, report, now));
        // No report yet: look again; an operator that never reports leaves the row sent, which is all we know.
        if (now >= (entry.SentAt ?? entry.QueuedAt) + _options.GiveUpAfter) return EmailDispatchStep.Done(entry.Status);
        var next = now + sms.Value.ReportPollInterval;
        return await SettleAsync(entry, etag, entry with { NextAttemptAt = next }, next);
    }

    private static OutboxEntry Reported(OutboxEntry entry, SmsDeliveryReport report, DateTimeOffset now) =>
        report.Delivered
            ? entry with
            {
                Status = OutboxStatus.Delivered,
                DeliveredAt = now,
                LeaseUntil = null,
                NextAttemptAt = null,
                LastError = null,
            }
            : entry with
            {
                Status = OutboxStatus.Failed,
                FailedAt = now,
                LeaseUntil = null,
                NextAttemptAt = null,
                LastError = "Report: " + report.Description,
            };

    /// <summary>
    /// Writes <paramref name="next"/> if the row is still at <paramref name="etag"/>; the step the dispatcher takes.
    /// </summary>
    private async Task<EmailDispatchStep> SettleAsync(
        OutboxEntry entry, Azure.ETag etag, OutboxEntry next, DateTimeOffset? retryAt = null)
    {
        if (await outbox.TryReplaceAsync(next, etag, CancellationToken.None) is null)
            return EmailDispatchStep.Retry(entry.Status, time.GetUtcNow() + _options.FirstRetryDelay);
        if (next.IsFinal) return EmailDispatchStep.Done(next.Status);
        return EmailDispatchStep.Retry(
            next.Status, retryAt ?? next.NextAttemptAt ?? time.GetUtcNow() + sms.Value.ReportPollInterval);
    }

    private static string Code(SmsSendOutcome outcome) => outcome switch
    {
        SmsSendOutcome.Transient t => t.Code,
        SmsSendOutcome.Unknown u => u.Code,
        _ => outcome.GetType().Name,
    };

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    [LoggerMessage(EventId = 4231, Level = LogLevel.Information, Message = "Outbox SMS {RowKey}: {Status} ({Code})")]
    private static partial void LogOutcome(ILogger logger, string rowKey, string status, string? code);

    [LoggerMessage(EventId = 4232, Level = LogLevel.Information,
        Message = "Outbox SMS {RowKey} deferred by the per-number limit until {At:O}")]
    private static partial void LogDeferred(ILogger logger, string rowKey, DateTimeOffset at);

    [LoggerMessage(EventId = 4234, Level = LogLevel.Warning,
        Message = "Outbox SMS {RowKey}: the status pull failed ({Code}); looking again at {RetryAt:O}")]
    private static partial void LogPullFailed(ILogger logger, string rowKey, string code, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 4233, Level = LogLevel.Warning,
        Message = "Outbox SMS {RowKey}: an attempt of unknown outcome had gone (delivered: {Delivered}); "
            + "not sent again")]
    private static partial void LogReconciled(ILogger logger, string rowKey, bool delivered);
}
