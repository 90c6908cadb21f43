using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Adapters.Tests.Storage;

public sealed class TableKeysTests
{
    [Fact]
    public void SortableId_AnyTimeOfDay_NeverMaskedAsPersonalData()
    {
        var day = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
        for (var minute = 0; minute < 24 * 60; minute += 7)
        {
            // 13:05:42.357 gave A20261127T130542357…: "13054235771" read as a phone number.
            var id = TableKeys.SortableId("A", day.AddMinutes(minute).AddMilliseconds(42_357));
            Assert.Equal(id, PersonalDataScrubber.Scrub(id));
        }
    }

    [Fact]
    public void SortableId_LaterTime_SortsAfter()
    {
        var earlier = TableKeys.SortableId("A", new DateTimeOffset(2026, 11, 27, 9, 59, 59, 999, TimeSpan.Zero));
        var later = TableKeys.SortableId("A", new DateTimeOffset(2026, 11, 27, 10, 0, 0, 0, TimeSpan.Zero));

        Assert.True(string.CompareOrdinal(earlier, later) < 0, $"{earlier} should sort before {later}");
        Assert.Matches("^A20261127T100000S000[0-9A-F]{4}$", later);
    }
}
