using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Routing;

namespace TalentHukou.Domain.Tests.Applications;

public sealed class ApplicationStepTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-03-02T01:00:00Z");

    [Fact]
    public void ApplyTo_CardAndPsbCheck_SetWithTheStageAndTimelineEntry()
    {
        var card = new CardInfo("R2601234567805", At, Downloadable: true);
        var step = new ApplicationStep("A1", At, "card-issued-1")
        {
            Stage = ApplicationStage.CardIssued,
            Card = card,
            PsbCheck = PsbCheckStatus.Pending,
        };

        var updated = step.ApplyTo(Record());

        Assert.Equal(
            (ApplicationStage.CardIssued, card, PsbCheckStatus.Pending),
            (updated.Stage, updated.Card, updated.PsbCheck));
        Assert.Equal("card-issued", Assert.Single(updated.Timeline).Stage);
    }

    [Fact]
    public void ApplyTo_StepWithoutCard_KeepsTheCardAndPsbCheck()
    {
        var card = new CardInfo("R2601234567805", At, Downloadable: true);
        var record = Record() with { Card = card, PsbCheck = PsbCheckStatus.Reconciling };

        var updated = new ApplicationStep("A1", At, "psb-reconciliation-failed") { PsbCheck = PsbCheckStatus.Failed }
            .ApplyTo(record);

        Assert.Equal((card, PsbCheckStatus.Failed), (updated.Card, updated.PsbCheck));
    }

    [Theory]
    [InlineData(ApplicationStage.Rejected, ApplicationStage.AwaitingCard)]
    [InlineData(ApplicationStage.Withdrawn, ApplicationStage.CardIssuing)]
    [InlineData(ApplicationStage.Closed, ApplicationStage.Publicity)]
    [InlineData(ApplicationStage.PsbSynced, ApplicationStage.AwaitingCard)]
    [InlineData(ApplicationStage.CardIssued, ApplicationStage.UnitReview)]
    public void ApplyTo_StepOutOfATerminalStage_RecordUnchanged(ApplicationStage terminal, ApplicationStage target)
    {
        var record = Record() with { Stage = terminal };
        var step = new ApplicationStep("A1", At, "awaiting-signature-1")
        {
            Stage = target,
            Card = new CardInfo("R2609999999999", At, Downloadable: true),
            Signature = new ESignature("陈思远", At, "u1"),
        };

        Assert.True(step.IsRefusedBy(record));
        Assert.Same(record, step.ApplyTo(record));
    }

    [Fact]
    public void ApplyTo_ClosedRecordAndStepWithoutStage_RecordUnchanged()
    {
        var record = Record() with { Stage = ApplicationStage.Withdrawn };
        var signed = new ApplicationStep("A1", At, "e-signed-1") { Signature = new ESignature("陈思远", At, "u1") };

        Assert.Same(record, signed.ApplyTo(record));
    }

    [Theory]
    [InlineData(ApplicationStage.CardIssued, ApplicationStage.PsbSynced)]
    [InlineData(ApplicationStage.PsbSynced, ApplicationStage.PsbReconciliation)]
    [InlineData(ApplicationStage.PsbReconciliation, ApplicationStage.PsbSynced)]
    [InlineData(ApplicationStage.AwaitingCard, ApplicationStage.Withdrawn)]
    public void ApplyTo_PsbSyncOrClosingStep_Applied(ApplicationStage from, ApplicationStage to)
    {
        var updated = new ApplicationStep("A1", At, "next") { Stage = to }.ApplyTo(Record() with { Stage = from });

        Assert.Equal(to, updated.Stage);
    }

    private static ApplicationRecord Record() => new()
    {
        ApplicationId = "A1",
        OwnerSub = "u1",
        Mode = ApprovalMode.Manual,
        Stage = ApplicationStage.CardIssuing,
        Applicant = new ApplicantInfo(
            "陈思远",
            "4401**********123X",
            "index",
            "protected",
            "protected-birth-date",
            "138****5678",
            "a@example.com"),
        Employer = new EmployerRef("E1", "广州天河智能科技有限公司", EmployerKind.Enterprise, "tianhe"),
        Route = ApplicationRoute.For(EmployerKind.Enterprise, "tianhe"),
        NeedsUnitReview = false,
        Education = new EducationInfo("S1", "中山大学", "M1", "计算机", Degree.Bachelor, new DateOnly(2012, 7, 1), "C1"),
        SubmittedAt = At,
    };
}
