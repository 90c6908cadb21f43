using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.PublicSecurity;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Cards.Saga;

namespace TalentHukou.Api.Cards;

/// <summary>
/// The simulated public-security system's 入户复核 check (seed Q7): is this card known for this name and ID number?
/// Public security may check any card; an applicant only their own (anyone else's answers as unknown).
/// </summary>
public static class PublicSecurityApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("CrossCheckCard", "POST", "psb/cross-checks", Access.RolesOf(Roles.Psb, Roles.Applicant),
            Handle.With<CardServices>(CrossCheck)) { Doc = PublicSecurityApiDocs.CrossCheckCard },
    ];

    public static async Task<IResult> CrossCheck(ApiRequest request, CardServices services)
    {
        var body = await request.ReadJsonAsync<CrossCheckBody>();
        var v = new BodyValidator();
        var name = v.Text<CrossCheckBody>("name", body.Name);
        var idNumber = v.Text<CrossCheckBody>("idNumber", body.IdNumber);
        var cardNumber = v.Text<CrossCheckBody>("cardNumber", body.CardNumber)?.ToUpperInvariant();
        if (!v.IsValid) return v.Problem();

        if (!request.Caller.IsIn(Roles.Psb) && !await OwnsCardAsync(request, services, cardNumber!))
            return NoRecord(cardNumber!);
        try
        {
            var holder = new PsbCardHolder(cardNumber!, name!, idNumber!);
            var found = await services.PublicSecurity.CrossCheckAsync(holder, request.Aborted);
            return found ? TypedResults.Ok(new CrossCheckFound(true)) : NoRecord(cardNumber!);
        }
        catch (PublicSecurityUnavailableException)
        {
            request.Http.Response.Headers.RetryAfter = "5";
            return Problems.Problems.Result(
                CardProblems.PsbUnavailable, "The public-security system did not answer; retry shortly.");
        }
    }

    private static async Task<bool> OwnsCardAsync(ApiRequest request, CardServices services, string cardNumber)
    {
        var card = await services.Cards.GetAsync(cardNumber, request.Aborted);
        if (card is null) return false;
        var application = await services.Applications.GetAsync(card.ApplicationId, request.Aborted);
        return application?.Record.OwnerSub == request.Caller.Subject;
    }

    private static IResult NoRecord(string cardNumber) => Problems.Problems.Result(CardProblems.PsbNoRecord,
        "Public security has no card with this number for this name and ID number; "
            + "check them or contact the card office (DRC).",
        title: CardProblems.PsbNoRecordTitle(cardNumber));
}

/// <summary>What 入户复核 checks: the holder's name and ID number and the card number.</summary>
[Description("公安入户复核查询。Public security's check of a card by name and ID number.")]
public sealed record CrossCheckBody(
    [TextField(1, 64)]
    string? Name,
    [TextField(1, 32)]
    string? IdNumber,
    [TextField(1, 32)]
    string? CardNumber);

/// <summary>Public security knows the card.</summary>
[Description("公安复核结果。Whether the card is known for this person.")]
public sealed record CrossCheckFound(
    [Description("是否找到。Whether a valid card matches the name, ID number and card number sent.")] bool Found);
