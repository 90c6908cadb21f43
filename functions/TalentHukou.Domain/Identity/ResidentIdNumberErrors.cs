using TalentHukou.Domain.Common;

namespace TalentHukou.Domain.Identity;

/// <summary>Why <see cref="ResidentIdNumber.Parse"/> refused its input.</summary>
public static class ResidentIdNumberErrors
{
    public static readonly ValidationError Required = new(
        "id-number.required", "请填写身份证号码", "Enter the ID number.");

    public static readonly ValidationError Length = new(
        "id-number.length", "身份证号码应为18位", "The ID number must be 18 characters long.");

    public static readonly ValidationError Characters = new(
        "id-number.characters",
        "身份证号码应为17位数字加1位数字或X",
        "The ID number must be 17 digits followed by a digit or X.");

    public static readonly ValidationError Region = new(
        "id-number.region", "身份证号码的地区代码无效", "The ID number does not start with a valid region code.");

    public static readonly ValidationError BirthDate = new(
        "id-number.birth-date", "身份证号码中的出生日期无效", "The ID number does not contain a valid birth date.");

    public static readonly ValidationError CheckDigit = new(
        "id-number.check-digit",
        "身份证号码校验位不正确,请核对",
        "The ID number's check digit does not match; please check the number.");
}
