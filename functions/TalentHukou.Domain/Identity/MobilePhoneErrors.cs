using TalentHukou.Domain.Common;

namespace TalentHukou.Domain.Identity;

/// <summary>Why <see cref="MobilePhone.Parse"/> refused its input.</summary>
public static class MobilePhoneErrors
{
    public static readonly ValidationError Required = new(
        "phone.required", "请填写手机号码", "Enter the mobile phone number.");

    public static readonly ValidationError Characters = new(
        "phone.characters",
        "手机号码只能包含数字(可带+86前缀)",
        "The mobile phone number may contain only digits, optionally after +86.");

    public static readonly ValidationError Length = new(
        "phone.length", "手机号码应为11位", "The mobile phone number must have 11 digits.");

    public static readonly ValidationError Prefix = new(
        "phone.prefix",
        "请填写以13至19开头的中国大陆手机号码",
        "Enter a mainland China mobile number starting with 13 to 19.");
}
