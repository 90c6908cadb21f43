using TalentHukou.Domain.Common;

namespace TalentHukou.Domain.Tests.Common;

public class ValidationErrorTests
{
    [Fact]
    public void Constructor_WithoutField_LeavesFieldNull()
    {
        var error = new ValidationError("sample.code", "示例错误", "Sample error.");

        Assert.Null(error.Field);
        Assert.Equal("示例错误", error.MessageZh);
        Assert.Equal("Sample error.", error.MessageEn);
    }

    [Fact]
    public void WithField_SetsFieldAndKeepsTheRest()
    {
        var error = new ValidationError("sample.code", "示例错误", "Sample error.").WithField("email");

        Assert.Equal(new ValidationError("sample.code", "email", "示例错误", "Sample error."), error);
    }
}
