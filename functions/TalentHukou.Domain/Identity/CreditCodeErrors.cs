using TalentHukou.Domain.Common;

namespace TalentHukou.Domain.Identity;

/// <summary>Why <see cref="CreditCode.Parse"/> refused its input.</summary>
public static class CreditCodeErrors
{
    public static readonly ValidationError Required = new(
        "credit-code.required", "请填写统一社会信用代码", "Enter the unified social credit code.");

    public static readonly ValidationError Length = new(
        "credit-code.length",
        "统一社会信用代码应为18位",
        "The unified social credit code must be 18 characters long.");

    public static readonly ValidationError Characters = new(
        "credit-code.characters",
        "统一社会信用代码只能包含数字和大写字母(不含I、O、S、V、Z)",
        "The unified social credit code may contain only digits and capital letters other than I, O, S, V and Z.");

    public static readonly ValidationError RegistrationAuthority = new(
        "credit-code.registration-authority",
        "统一社会信用代码的登记管理部门代码无效",
        "The unified social credit code does not start with a valid registration authority code.");

    public static readonly ValidationError CheckCharacter = new(
        "credit-code.check-character",
        "统一社会信用代码校验位不正确,请核对",
        "The unified social credit code's check character does not match; please check the code.");
}
