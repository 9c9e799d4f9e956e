namespace Sensoa.Flags.Rules.DependencyInjection;

/// <summary>The registered assessor: the Sensoa assessor with the configured defaults for calls that pass no options.</summary>
internal sealed class ConfiguredFlagAssessor : IFlagAssessor
{
    private readonly IFlagAssessor inner;

    public ConfiguredFlagAssessor(IFlagAssessor inner, AssessmentOptions defaults)
    {
        this.inner = inner;
        Defaults = defaults;
    }

    /// <summary>Gets the options used when a call passes none.</summary>
    public AssessmentOptions Defaults { get; }

    public string RuleSetVersion => inner.RuleSetVersion;

    /// <summary>Gets the organisation's own rules of the registered assessor, or null when it has none.</summary>
    public Organisation.OrganisationRuleSet? Organisation => (inner as SensoaFlagAssessor)?.Organisation;

    public AssessmentResult Assess(Incident incident, AssessmentOptions? options = null) =>
        inner.Assess(incident, options ?? Defaults);

    public AssessmentResult AssessJson(ReadOnlySpan<byte> utf8Json, AssessmentOptions? options = null) =>
        inner.AssessJson(utf8Json, options ?? Defaults);
}
