using Microsoft.Extensions.DependencyInjection.Extensions;
using Sensoa.Flags;
using Sensoa.Flags.Rules.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Sensoa.Flags with Microsoft.Extensions.DependencyInjection.</summary>
public static class SensoaFlagsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IFlagAssessor"/> as a singleton (it is thread-safe) whose calls without options use the
    /// configured language and clock. Calling it again keeps the first registration.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the defaults; null for English and no clock.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddSensoaFlags(this IServiceCollection services, Action<SensoaFlagsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new SensoaFlagsOptions();
        configure?.Invoke(options);
        ArgumentNullException.ThrowIfNull(options.Culture, "SensoaFlagsOptions.Culture");

        var defaults = new AssessmentOptions { Culture = options.Culture, Clock = options.TimeProvider };
        var assemblies = options.RuleAssemblies.ToArray();
        var types = options.RuleTypes.ToArray();
        var timeLimit = options.OrganisationRuleTimeLimit;
        services.TryAddSingleton<IFlagAssessor>(_ => new ConfiguredFlagAssessor(
            FlagAssessor.Create(o =>
            {
                foreach (var assembly in assemblies)
                {
                    o.AddRules(assembly);
                }

                o.AddRules(types);
                o.OrganisationRuleTimeLimit = timeLimit;
            }),
            defaults));
        return services;
    }
}
