using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TalentHukou.Adapters.Hosting;

/// <summary>
/// Settings that state rules data annotations cannot: <see cref="Problems"/> names every broken one (none when the
/// settings are usable), knowing the environment the host runs in.
/// </summary>
public interface ISelfValidatingOptions
{
    IEnumerable<string> Problems(IHostEnvironment environment);
}

/// <summary>The one way settings are registered: bound from their section and checked when the host starts.</summary>
public static class SelfValidatingOptions
{
    /// <summary>
    /// Binds <typeparamref name="T"/> from <paramref name="sectionName"/>. Its data annotations (and
    /// <see cref="IValidatableObject"/>) and, when it has them, its <see cref="ISelfValidatingOptions.Problems"/> are
    /// checked when the host starts: a broken rule stops start-up with the rule's message.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string sectionName)
        where T : class
    {
        services.TryAddSingleton(new Section<T>(sectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, SelfValidation<T>>());
        return services.AddOptions<T>().BindConfiguration(sectionName).ValidateOnStart();
    }

    private sealed record Section<T>(string Name);

    private sealed class SelfValidation<T>(IHostEnvironment environment, Section<T> section) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var annotations = new List<ValidationResult>();
            Validator.TryValidateObject(
                options, new ValidationContext(options), annotations, validateAllProperties: true);
            var own = options is ISelfValidatingOptions self ? self.Problems(environment) : [];
            var problems = annotations.Select(Named).Concat(own).ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }

        /// <summary>
        /// An annotation's message, led by the settings it is about (<c>Email:Acs:SenderAddress</c>).
        /// </summary>
        private string Named(ValidationResult result) =>
            string.Join(", ", result.MemberNames.DefaultIfEmpty("").Select(m => $"{section.Name}:{m}".TrimEnd(':')))
            + ": " + result.ErrorMessage;
    }
}
