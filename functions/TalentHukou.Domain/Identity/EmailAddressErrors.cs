using TalentHukou.Domain.Common;

namespace TalentHukou.Domain.Identity;

/// <summary>Why <see cref="EmailAddress.Parse"/> refused its input.</summary>
public static class EmailAddressErrors
{
    public static readonly ValidationError Required = new(
        "email.required", "请填写电子邮箱", "Enter the email address.");

    public static readonly ValidationError Length = new(
        "email.length", "电子邮箱不能超过254个字符", "The email address must not exceed 254 characters.");

    public static readonly ValidationError Characters = new(
        "email.characters", "电子邮箱不能包含空格或控制字符", "The email address must not contain spaces or control characters.");

    public static readonly ValidationError Format = new(
        "email.format", "电子邮箱格式不正确", "The email address is not in the form name@example.com.");
}
