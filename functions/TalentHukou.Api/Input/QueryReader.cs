using System.Globalization;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Problems;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Input;

/// <summary>Reads query parameters, collecting every bad value so the caller gets them all in one problem.</summary>
public sealed class QueryReader(IQueryCollection query)
{
    private readonly List<FieldError> _errors = [];

    /// <summary>A declared text parameter, within its <see cref="QueryParameter.MaxLength"/>.</summary>
    public string? Text(QueryParameter parameter) =>
        Text(parameter.Name, parameter.MaxLength ?? 200, parameter.Required);

    /// <summary>A declared integer parameter, within its range; absent, its <see cref="QueryParameter.Default"/>.
    /// </summary>
    public int? Integer(QueryParameter parameter) =>
        Integer(parameter.Name, parameter.Minimum!.Value, parameter.Maximum!.Value, parameter.Required)
            ?? parameter.Default;

    /// <summary>A declared date parameter (yyyy-MM-dd).</summary>
    public DateOnly? Date(QueryParameter parameter) => Date(parameter.Name, parameter.Required);

    /// <summary>A declared parameter of <see cref="QueryParameter.Values"/>, parsed by <paramref name="allowed"/>.
    /// </summary>
    public T? OneOf<T>(QueryParameter parameter, IReadOnlyDictionary<string, T> allowed) where T : struct
    {
        var text = Text(parameter);
        if (text is null) return null;
        if (allowed.TryGetValue(text, out var value)) return value;
        _errors.Add(new(parameter.Name, "取值无效",
            $"'{parameter.Name}' must be one of: {string.Join(", ", parameter.Values ?? [.. allowed.Keys])}."));
        return null;
    }

    /// <summary>A declared flag (<see cref="QueryParameter.Flag"/>).</summary>
    public bool Flag(QueryParameter parameter) => Flag(parameter.Name);

    /// <summary>A declared text parameter that takes one of its <see cref="QueryParameter.Values"/> as it is.</summary>
    public string? OneOf(QueryParameter parameter)
    {
        var text = Text(parameter);
        if (text is null || parameter.Values!.Contains(text, StringComparer.Ordinal)) return text;
        _errors.Add(new(parameter.Name, "取值无效",
            $"'{parameter.Name}' must be one of: {string.Join(", ", parameter.Values!)}."));
        return null;
    }

    public string? Text(string name, int maxLength = 200, bool required = false)
    {
        string? value = query[name];
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) _errors.Add(new(name, "该项为必填项", $"Query parameter '{name}' is required."));
            return null;
        }
        if (Domain.Text.TextLength.Of(value) > maxLength)
            _errors.Add(new(name, $"长度不能超过{maxLength}个字符",
                $"'{name}' must be at most {maxLength} characters."));
        return value.Trim();
    }

    public DateOnly? Date(string name, bool required = false)
    {
        var text = Text(name, 10, required);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        _errors.Add(new(name, "日期格式应为yyyy-MM-dd", $"'{name}' must be a date in yyyy-MM-dd format."));
        return null;
    }

    public int? Integer(string name, int min, int max, bool required = false)
    {
        var text = Text(name, 12, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }
        _errors.Add(new(name, $"应为{min}到{max}之间的整数", $"'{name}' must be an integer from {min} to {max}."));
        return null;
    }

    public T? OneOf<T>(string name, IReadOnlyDictionary<string, T> allowed, bool required = false) where T : struct
    {
        var text = Text(name, 64, required);
        if (text is null) return null;
        if (allowed.TryGetValue(text, out var value)) return value;
        _errors.Add(new(name, "取值无效", $"'{name}' must be one of: {string.Join(", ", allowed.Keys)}."));
        return null;
    }

    /// <summary>An HRSS office: <c>city</c> or a district code.</summary>
    public string? Office(string name)
    {
        var text = Text(name, 32);
        if (text is null || text == Domain.Routing.ApplicationRoute.City || Domain.Routing.Districts.IsValid(text))
            return text;
        _errors.Add(new(name, "取值无效", $"'{name}' must be city or a district code."));
        return null;
    }

    /// <summary><c>true</c> or <c>false</c>; absent reads as false.</summary>
    public bool Flag(string name)
    {
        var text = Text(name, 5);
        if (text is null || text.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        _errors.Add(new(name, "取值应为true或false", $"'{name}' must be true or false."));
        return false;
    }

    /// <summary>Throws a validation problem naming every bad parameter read so far.</summary>
    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
            throw new ProblemException(ProblemTypes.ValidationFailed,
                "Invalid query: " + string.Join("; ", _errors.Select(e => e.MessageEn)),
                _errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.MessageZh).ToArray()));
    }
}
