namespace TalentHukou.Domain.Tests.Identity;

/// <summary>An implementation of the GB 11643 check digit independent of the production one.</summary>
internal static class IdNumbers
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    public static string WithCheckCharacter(string body)
    {
        Assert.Equal(17, body.Length);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var weight = (int)(Math.Pow(2, 17 - i) % 11);
            sum += (body[i] - '0') * weight;
        }

        var check = (12 - sum % 11) % 11;
        return body + (check == 10 ? "X" : check.ToString());
    }
}
