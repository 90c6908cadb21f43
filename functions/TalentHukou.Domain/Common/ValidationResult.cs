using System.Diagnostics.CodeAnalysis;

namespace TalentHukou.Domain.Common;

/// <summary>
/// The outcome of parsing untrusted input: either a valid <typeparamref name="T"/> or the
/// <see cref="ValidationError"/> that refused it. Refusal is an expected outcome, not an exception.
/// </summary>
public sealed class ValidationResult<T>
    where T : notnull
{
    private ValidationResult(T? value, ValidationError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The parsed value; set exactly when <see cref="IsValid"/> is true.</summary>
    public T? Value { get; }

    /// <summary>The refusal; set exactly when <see cref="IsValid"/> is false.</summary>
    public ValidationError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Error is null;

    public static ValidationResult<T> Success(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, null);
    }

    public static ValidationResult<T> Failure(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default, error);
    }

    public static implicit operator ValidationResult<T>(T value) => Success(value);

    public static implicit operator ValidationResult<T>(ValidationError error) => Failure(error);

    /// <summary>The same result with any error reported against <paramref name="field"/>.</summary>
    public ValidationResult<T> WithField(string field) =>
        IsValid ? this : Failure(Error.WithField(field));

    public TResult Match<TResult>(Func<T, TResult> whenValid, Func<ValidationError, TResult> whenInvalid) =>
        IsValid ? whenValid(Value) : whenInvalid(Error);

    public override string ToString() => IsValid ? $"Valid({Value})" : $"Invalid({Error.Code})";
}
