using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TalentHukou.Bench;

/// <summary>
/// Distinct valid applicants: the n-th has its own subject and a resident ID number (GB 11643 check character) that no
/// other n shares, and applies on the smart path to a seed employer with a seed school and major.
/// </summary>
public sealed class Applicants(string schoolId, string majorId, string runId)
{
    public const string EmployerId = "E-DEMO-TECH";
    public const string Name = "李小龙";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Looks the seed school and major up through the registry routes.</summary>
    public static async Task<Applicants> FromRegistryAsync(
        BenchHost host, AuthenticationHeaderValue token, string runId)
    {
        var school = await GetJsonAsync(host, $"registry/schools?name={Uri.EscapeDataString("中山大学")}", token);
        var schoolId = school[0].GetProperty("schoolId").GetString()!;
        var major = await GetJsonAsync(
            host, $"registry/majors?name={Uri.EscapeDataString("计算机科学与技术")}&schoolId={schoolId}", token);
        return new Applicants(schoolId, major[0].GetProperty("majorId").GetString()!, runId);
    }

    public string Subject(int n) => $"bench-{runId}-{n}";

    /// <summary>
    /// Born 1990 onwards (one birth date per thousand applicants): old enough for a 2018 bachelor's degree, under the
    /// age limit.
    /// </summary>
    public static string IdNumber(int n)
    {
        var body = $"440106{new DateOnly(1990, 1, 1).AddDays(n / 1000):yyyyMMdd}{n % 1000:D3}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + CheckCharacters[sum % 11];
    }

    public object Body(int n) => new
    {
        applicant = new
        {
            name = Name,
            idNumber = IdNumber(n),
            phone = "13800138000",
            email = $"{Subject(n)}@example.cn",
        },
        employerId = EmployerId,
        education = new
        {
            schoolId,
            majorId,
            degree = "bachelor",
            graduationDate = "2018-07-01",
            certificateNo = "105581201805001234",
        },
        approvalMode = "smart",
    };

    private static async Task<JsonElement> GetJsonAsync(BenchHost host, string path, AuthenticationHeaderValue token)
    {
        using var response = await host.SendAsync(HttpMethod.Get, path, token);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
