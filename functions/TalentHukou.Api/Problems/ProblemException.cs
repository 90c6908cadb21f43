namespace TalentHukou.Api.Problems;

/// <summary>
/// Ends a request with a problem answer from deep inside input reading (bad JSON, a missing field). Handlers return
/// expected outcomes as results; this is only for input that cannot be read at all.
/// </summary>
public sealed class ProblemException(ProblemType problem, string detail, IDictionary<string, string[]>? errors = null)
    : Exception(detail)
{
    public ProblemType Problem { get; } = problem;

    public IDictionary<string, string[]>? Errors { get; } = errors;

    public Microsoft.AspNetCore.Http.IResult ToResult() => Problems.Result(Problem, Message, Errors);
}
