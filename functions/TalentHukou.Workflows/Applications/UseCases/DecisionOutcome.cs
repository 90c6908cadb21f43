using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>What became of a decision on an application.</summary>
public abstract record DecisionOutcome
{
    /// <summary>Handed to the application's process, which acts on it.</summary>
    public sealed record Taken(ApplicationRecord Application, string Event) : DecisionOutcome;

    /// <summary>The application is not at a stage that takes this decision.</summary>
    public sealed record WrongStage(ApplicationRecord Application, string Detail) : DecisionOutcome;

    /// <summary>The application's process has not started yet: retry shortly.</summary>
    public sealed record StillStarting : DecisionOutcome;
}
