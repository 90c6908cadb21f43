using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.Problems;
using TalentHukou.LocalHost.Dev;

namespace TalentHukou.FunctionsHost.Issuer;

/// <summary>
/// <c>POST /api/dev/token</c>, served by the harness (the Functions app has no such route): the local host's dev token
/// (<see cref="DevTokens"/>: roles, their scopes, the verified identity claim under the app's <c>Auth</c> settings),
/// issued and signed by the <see cref="TestIssuer"/>.
/// </summary>
public sealed class DevTokenEndpoint(
    TestIssuer issuer, AuthOptions auth, PersonalDataProtector protector, TimeProvider time)
{
    public const string Path = "/api/dev/token";
    private const long MaxBodyBytes = 16 * 1024;

    public static DevTokenEndpoint Create(TestIssuer issuer, IConfiguration settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var auth = settings.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        var privacy = settings.GetSection(PrivacyOptions.SectionName).Get<PrivacyOptions>() ?? new PrivacyOptions();
        return new DevTokenEndpoint(issuer, auth, new PersonalDataProtector(Options.Create(privacy)), time);
    }

    public static bool Serves(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase);

    public async Task ServeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        IResult result;
        try
        {
            var body = await JsonBody.ReadAsync<DevTokenRequest>(http.Request, MaxBodyBytes, http.RequestAborted);
            var errors = DevTokens.Problems(body);
            result = errors.Count > 0
                ? Problems.Validation(errors)
                : TypedResults.Ok(new DevTokenResponse(DevTokens.Create(
                    body, auth, issuer.Address, protector, time.GetUtcNow().UtcDateTime, issuer.Credentials)));
        }
        catch (ProblemException problem)
        {
            result = problem.ToResult();
        }
        await result.ExecuteAsync(http);
    }
}
