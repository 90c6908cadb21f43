using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>What became of a submission.</summary>
public abstract record SubmissionOutcome
{
    /// <summary>Stored and its process started (by this call, or by this retry of an earlier one).</summary>
    public sealed record Accepted(ApplicationRecord Application) : SubmissionOutcome;

    /// <summary>The person already has an active application; its id only when it is the caller's own.</summary>
    public sealed record Duplicate(string? OwnApplicationId) : SubmissionOutcome;

    /// <summary>An earlier try of this submission is still being stored or started: retry shortly.</summary>
    public sealed record StillStarting : SubmissionOutcome;

    /// <summary>Refused: the employer, school or major is not registered.</summary>
    public sealed record Refused(IReadOnlyList<FieldError> Errors) : SubmissionOutcome;
}
