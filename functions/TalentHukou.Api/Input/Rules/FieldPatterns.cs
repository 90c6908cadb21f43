using TalentHukou.Domain.Identity;

namespace TalentHukou.Api.Input;

/// <summary>
/// The patterns of <see cref="PatternAttribute"/>. The identity shapes come from the domain types that check them
/// (after trimming and upper-casing, and for phones after dropping +86 and separators); the check digit, region and
/// birth date are the domain's to verify, beyond a pattern's reach.
/// </summary>
public static class FieldPatterns
{
    public const string IdNumber = ResidentIdNumber.Shape;
    public const string CreditCode = Domain.Identity.CreditCode.Shape;
    public const string MobilePhone = Domain.Identity.MobilePhone.Shape;

    /// <summary>A phone verification's id: CV and 32 lower-case hex digits (<c>ContactVerificationIds</c>).</summary>
    public const string VerificationId = "^CV[0-9a-f]{32}$";

    /// <summary>The 6 digits of a verification SMS.</summary>
    public const string SmsCode = "^[0-9]{6}$";

    /// <summary>A degree certificate's number: letters and digits.</summary>
    public const string CertificateNo = "^[A-Za-z0-9]+$";

    /// <summary>One business key for the ops search: letters, digits, '-', '_' or ':'.</summary>
    public const string BusinessKey = "^[A-Za-z0-9_:-]+$";
}
