using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Applications;
using TalentHukou.Domain.Identity;

namespace TalentHukou.Api.Auth;

/// <summary>
/// The answer when someone submits an ID number that is not their own (applications, unit-admin requests, support
/// tickets): 403 <c>identity-mismatch</c>, given before anything is read, the same for taken and free numbers.
/// </summary>
public static class IdentityRefusal
{
    public static IResult? For(IdentityProof identity, Caller caller, ResidentIdNumber idNumber) =>
        identity.Check(caller, idNumber) switch
        {
            IdentityMatch.Missing => Problems.Problems.Result(ApplicationProblems.IdentityMismatch,
                "The token carries no real-name-verified identity; sign in through the identity platform."),
            IdentityMatch.Mismatch => Problems.Problems.Result(ApplicationProblems.IdentityMismatch,
                "The ID number is not the caller's verified ID number."),
            _ => null,
        };
}
