using System.Globalization;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Problems;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Input;

/// <summary>Collects every invalid field of a request body, so one problem answer names them all.</summary>
public sealed class BodyValidator
{
    private readonly List<FieldError> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public IResult Problem() => Problems.Problems.Validation(_errors);

    public void Add(string field, string messageZh, string messageEn) => _errors.Add(new(field, messageZh, messageEn));

    /// <summary>A domain parse result; its error is reported against <paramref name="field"/>.</summary>
    public T? Check<T>(string field, ValidationResult<T> result) where T : class
    {
        if (result.IsValid) return result.Value;
        _errors.Add(new(field, result.Error.MessageZh, result.Error.MessageEn));
        return null;
    }

    /// <summary>
    /// Free text by the <see cref="TextFieldAttribute"/> declared on <typeparamref name="TBody"/>'s field: required,
    /// trimmed, within a length range in code points, with no control characters. Returns the trimmed text.
    /// </summary>
    public string? Text<TBody>(string field, string? value) =>
        Text(field, value, FieldRules.Declared<TextFieldAttribute>(typeof(TBody), field));

    /// <summary>
    /// A registry name (employer, school, major) by its declared <see cref="TextFieldAttribute"/>: no invisible or bidi
    /// control character, then folded (NFKC, full-width to half-width, whitespace) and checked as
    /// <see cref="Text{TBody}"/>. Returns the folded name, the form stored and compared.
    /// </summary>
    public string? RegistryName<TBody>(string field, string? value)
    {
        if (value is not null && Domain.Text.InvisibleCharacters.AnyIn(value))
        {
            Add(field, "名称不能包含不可见字符或文字方向控制符",
                $"{field} must not contain invisible characters (zero-width, bidirectional or other controls).");
            return null;
        }
        var rule = FieldRules.Declared<TextFieldAttribute>(typeof(TBody), field);
        return Text(field, value is null ? null : Domain.Text.NameFolding.Fold(value), rule);
    }

    /// <summary>
    /// A present value that must match the <see cref="PatternAttribute"/> declared on <typeparamref name="TBody"/>'s
    /// field (a missing one is the required rule's to report); false, with the error added, when it does not.
    /// </summary>
    public bool Matches<TBody>(string field, string? value, string messageZh, string messageEn)
    {
        var rule = FieldRules.Declared<PatternAttribute>(typeof(TBody), field);
        var matches = value is not null && rule.Matches(value);
        Require(matches, field, messageZh, messageEn);
        return matches;
    }

    /// <summary>A date (yyyy-MM-dd) in a field that declares <c>[Format(FieldFormats.Date)]</c>.</summary>
    public DateOnly? Date<TBody>(string field, string? text)
    {
        var rule = FieldRules.Declared<FormatAttribute>(typeof(TBody), field);
        if (rule.Format != FieldFormats.Date)
            throw new InvalidOperationException($"{typeof(TBody).Name}.{field} is declared {rule.Format}, not a date.");
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Add(field, "日期格式应为yyyy-MM-dd", $"{FieldRules.JsonName(field)} must be a date in yyyy-MM-dd format.");
        return null;
    }

    private string? Text(string field, string? value, TextFieldAttribute rule)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            Add(field, "该项为必填项", $"{field} is required.");
            return null;
        }
        var (min, max) = (rule.MinLength, rule.MaxLength);
        var length = Domain.Text.TextLength.Of(text);
        if (length < min || length > max)
            Add(field, $"长度应为{min}到{max}个字符", $"{field} must be {min} to {max} characters.");
        else if (text.Any(char.IsControl))
            Add(field, "不能包含控制字符", $"{field} must not contain control characters.");
        else return text;
        return null;
    }

    /// <summary>
    /// A list within the <see cref="ItemsAttribute"/> declared on <typeparamref name="TBody"/>'s field (absent reads
    /// as empty); false, with the error added, when it is not. Each entry's own count, if declared, is checked too.
    /// </summary>
    public bool Items<TBody>(string field, System.Collections.ICollection? value)
    {
        var rule = FieldRules.Declared<ItemsAttribute>(typeof(TBody), field);
        var count = value?.Count ?? 0;
        var fits = count >= rule.MinItems && count <= rule.MaxItems;
        Require(fits, field, $"应为{rule.MinItems}至{rule.MaxItems}项",
            $"{field} must hold {rule.MinItems} to {rule.MaxItems} entries.");
        if (!fits || rule.EachMaxItems == 0) return fits;
        var i = 0;
        foreach (var each in value!)
        {
            var n = (each as System.Collections.ICollection)?.Count ?? 0;
            Require(n >= rule.EachMinItems && n <= rule.EachMaxItems, $"{field}[{i}]", "数量不符合要求",
                $"Each entry of {field} holds {rule.EachMinItems} to {rule.EachMaxItems} values.");
            i++;
        }
        return IsValid;
    }

    /// <summary>A consent declared <see cref="ConsentAttribute"/>: it must be <c>true</c>.</summary>
    public void Consent<TBody>(string field, bool? value, string messageZh)
    {
        _ = FieldRules.Declared<ConsentAttribute>(typeof(TBody), field);
        Require(value == true, field, messageZh, $"{field} must be true.");
    }

    /// <summary>
    /// One of the closed set declared with <see cref="WireValuesAttribute"/> on <typeparamref name="TBody"/>'s field,
    /// which must be the enum <typeparamref name="T"/> (its kebab-case wire names): the schema's enum and the values
    /// accepted here are one declaration.
    /// </summary>
    public T? OneOf<TBody, T>(string field, string? value) where T : struct, Enum
    {
        var declared = FieldRules.DeclaredValues(typeof(TBody), field);
        if (declared.Source != typeof(T) || declared.Member is not null || declared.AsDeclared)
            throw new InvalidOperationException($"{typeof(TBody).Name}.{FieldRules.JsonName(field)} declares "
                + $"{declared.Source.Name}, not {typeof(T).Name}.");
        return OneOf<T>(field, value);
    }

    private T? OneOf<T>(string field, string? value) where T : struct, Enum
    {
        if (value is not null && WireEnum<T>.ByName.TryGetValue(value, out var parsed)) return parsed;
        Add(field, "取值无效", $"{field} must be one of: {string.Join(", ", WireEnum<T>.ByName.Keys)}.");
        return null;
    }

    public void Require(bool condition, string field, string messageZh, string messageEn)
    {
        if (!condition) Add(field, messageZh, messageEn);
    }

    /// <summary>
    /// A reviewer's decision: <c>approve</c> is required, a rejection needs a reason, at most the length declared on
    /// <typeparamref name="TBody"/>'s <c>reason</c>; returns the trimmed reason.
    /// </summary>
    public string Decision<TBody>(bool? approve, string? reason)
    {
        var max = FieldRules.Declared<TextFieldAttribute>(typeof(TBody), "reason").MaxLength;
        var trimmed = reason?.Trim() ?? "";
        Require(approve is not null, "approve", "请选择是否通过", "approve (true or false) is required.");
        Require(Domain.Text.TextLength.Of(trimmed) <= max, "reason", $"理由不能超过{max}个字符",
            $"reason must be at most {max} characters.");
        Require(approve != false || trimmed.Length > 0, "reason", "不通过时必须填写理由", "A rejection needs a reason.");
        return trimmed;
    }
}
