using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Platform;

[Collection(SharedHostCollection.Name)]
public class ContactsApiTests(SharedHost shared)
{
    [Fact]
    public async Task Contacts_Anyone_CityAndElevenDistrictsAsTheFileHasThem()
    {
        var answer = await shared.Host.Anonymous.GetFromJsonAsync<JsonElement>("contacts");
        var contacts = answer.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal(12, contacts.Count);
        Assert.Equal("广州市人力资源和社会保障局", contacts.Single(c => c.Str("level") == "city").Str("name"));
        var districts = contacts.Where(c => c.Str("level") == "district").ToList();
        Assert.Equal(11, districts.Count);
        Assert.Contains(districts, c => c.Str("name") == "广州市越秀区人力资源和社会保障局" && c.Str("district") == "yuexiu");
        Assert.All(districts, c => Assert.Matches("^广州市.+区人力资源和社会保障局$", c.Str("name")));
        // Shipped unfilled: no invented phone numbers or addresses, and the flag says so.
        Assert.All(contacts, c => Assert.Equal("", c.Str("phone")));
        Assert.All(contacts, c => Assert.False(c.GetProperty("confirmed").GetBoolean()));
        Assert.False(answer.GetProperty("complete").GetBoolean());
        Assert.Equal("hrssgz@gz.gov.cn", answer.GetProperty("technicalSupport").Str("email"));
    }
}
