namespace TalentHukou.Domain.Identity;

/// <summary>
/// Wire names of the gender an ID number encodes (the only thing kept of it for the publicity roster).
/// </summary>
public static class Genders
{
    public const string Male = "male";
    public const string Female = "female";
}
