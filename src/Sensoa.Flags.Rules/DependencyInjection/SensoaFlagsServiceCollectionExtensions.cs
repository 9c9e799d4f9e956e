using Microsoft.Extensions.DependencyInjection.Extensions;
using Sensoa.Flags;
using Sensoa.Flags.Rules.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Sensoa.Flags with Microsoft.Extensions.DependencyInjection.</summary>
public static class SensoaFlagsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IFlagAssessor"/> as a singleton (it is thread-safe), made as
    /// <see cref="FlagAssessor.Create(Action{FlagAssessorOptions})"/> makes one from the same options: a call's
    /// <see cref="AssessmentOptions"/> add to the configured language and clock (what the call sets wins, the rest is
    /// kept). The clock is <see cref="FlagAssessorOptions.TimeProvider"/>, else the container's <see cref="TimeProvider"/>,
    /// else <see cref="TimeProvider.System"/>. Calling it again keeps the first registration.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; null for English, the container's clock and no organisation rules.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddSensoaFlags(this IServiceCollection services, Action<FlagAssessorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var configured = new FlagAssessorOptions();
        configure?.Invoke(configured);
        var options = configured.Snapshot();
        services.TryAddSingleton<IFlagAssessor>(provider => new ConfiguredFlagAssessor(
            FlagAssessor.Build(options),
            new AssessmentOptions
            {
                Culture = options.Culture,
                TimeProvider = options.TimeProvider ?? provider.GetService<TimeProvider>() ?? TimeProvider.System,
            }));
        return services;
    }
}
