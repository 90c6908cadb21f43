using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>What became of a decision on an application.</summary>
public abstract record DecisionOutcome
{
    /// <summary>Handed to the application's process, which acts on it.</summary>
    public sealed record Taken(ApplicationRecord Application, string Event) : DecisionOutcome;

    /// <summary>The application is not at a stage that takes this decision.</summary>
    public sealed record WrongStage(ApplicationRecord Application, string Detail) : DecisionOutcome;

    /// <summary>A limit on decisions of this kind is reached (e.g. <c>Applications:MaxReturns</c> returns).</summary>
    public sealed record LimitReached(ApplicationRecord Application, string Detail) : DecisionOutcome;

    /// <summary>The decision's input does not fit the application (e.g. a corrected major the school lacks).</summary>
    public sealed record Invalid(IReadOnlyList<Domain.Common.FieldError> Errors) : DecisionOutcome;

    /// <summary>The application's process has not started yet: retry shortly.</summary>
    public sealed record StillStarting : DecisionOutcome;
}
