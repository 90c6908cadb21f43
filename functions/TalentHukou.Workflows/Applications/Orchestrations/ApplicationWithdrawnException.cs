namespace TalentHukou.Workflows.Applications.Orchestrations;

/// <summary>
/// Thrown inside the orchestration (deterministically, on every replay) when the applicant's withdrawal wins a wait;
/// <see cref="ApplicationOrchestrator"/> catches it and closes the application as withdrawn.
/// </summary>
public sealed class ApplicationWithdrawnException(WithdrawalRequest request)
    : Exception("The applicant withdrew the application.")
{
    public WithdrawalRequest Request { get; } = request;
}
