using TalentHukou.Domain.Common;

namespace TalentHukou.Domain.Identity;

/// <summary>Why <see cref="PersonName.Parse"/> refused its input.</summary>
public static class PersonNameErrors
{
    public static readonly ValidationError Required = new(
        "name.required", "请填写姓名", "Enter the name.");

    public static readonly ValidationError Length = new(
        "name.length", "姓名应为2至50个字", "The name must be 2 to 50 characters long.");

    public static readonly ValidationError Characters = new(
        "name.characters",
        "姓名只能包含文字、间隔号“·”和英文单词间的空格",
        "The name may contain only letters, the middle dot \"·\" and spaces between Latin words.");

    public static readonly ValidationError Separator = new(
        "name.separator",
        "间隔号“·”只能用在两个字之间,空格只能用在两个英文单词之间",
        "A middle dot must stand between two letters, and a space between two Latin words.");
}
