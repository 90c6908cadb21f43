using TalentHukou.Domain.Common;

namespace TalentHukou.Domain.Tests.Common;

public class ValidationResultTests
{
    private static readonly ValidationError SampleError = new("sample.code", "示例错误", "Sample error.");

    [Fact]
    public void Success_WithValue_IsValidWithValueAndNoError()
    {
        var result = ValidationResult<string>.Success("ok");

        Assert.True(result.IsValid);
        Assert.Equal("ok", result.Value);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Failure_WithError_IsInvalidWithErrorAndNoValue()
    {
        var result = ValidationResult<string>.Failure(SampleError);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Same(SampleError, result.Error);
    }

    [Fact]
    public void ImplicitConversion_FromValueAndFromError_BuildsMatchingResults()
    {
        ValidationResult<string> fromValue = "ok";
        ValidationResult<string> fromError = SampleError;

        Assert.True(fromValue.IsValid);
        Assert.False(fromError.IsValid);
        Assert.Equal("sample.code", fromError.Error?.Code);
    }

    [Fact]
    public void Success_WithNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ValidationResult<string>.Success(null!));
    }

    [Fact]
    public void WithField_OnFailure_ReportsErrorAgainstField()
    {
        var result = ValidationResult<string>.Failure(SampleError).WithField("applicant.idNumber");

        Assert.Equal("applicant.idNumber", result.Error?.Field);
        Assert.Equal("sample.code", result.Error?.Code);
        Assert.Null(SampleError.Field);
    }

    [Fact]
    public void WithField_OnSuccess_KeepsValue()
    {
        var result = ValidationResult<string>.Success("ok").WithField("applicant.idNumber");

        Assert.True(result.IsValid);
        Assert.Equal("ok", result.Value);
    }

    [Fact]
    public void Match_OnSuccess_CallsValidBranch()
    {
        var text = ValidationResult<string>.Success("ok").Match(v => "valid " + v, e => "invalid " + e.Code);

        Assert.Equal("valid ok", text);
    }

    [Fact]
    public void Match_OnFailure_CallsInvalidBranch()
    {
        var text = ValidationResult<string>.Failure(SampleError).Match(v => "valid " + v, e => "invalid " + e.Code);

        Assert.Equal("invalid sample.code", text);
    }
}
