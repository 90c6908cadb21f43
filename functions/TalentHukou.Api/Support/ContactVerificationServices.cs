using Microsoft.Extensions.Options;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Notifications.Verification;

namespace TalentHukou.Api.Support;

/// <summary>What the phone verification routes use.</summary>
public sealed record ContactVerificationServices(
    PhoneVerifications Verifications, ClientRateLimits Limits, IOptions<PhoneVerificationOptions> Options);
