namespace Sensoa.Flags.Rules.DependencyInjection;

/// <summary>An assessor with the defaults of its <see cref="FlagAssessorOptions"/> (from <c>AddSensoaFlags</c> or <c>FlagAssessor.Create</c>), which a call's options add to (what the call sets wins).</summary>
internal sealed class ConfiguredFlagAssessor : IFlagAssessor
{
    private readonly IFlagAssessor inner;

    public ConfiguredFlagAssessor(IFlagAssessor inner, AssessmentOptions defaults)
    {
        this.inner = inner;
        Defaults = defaults;
    }

    /// <summary>Gets the configured options: all of them when a call passes none, the rest when it sets some.</summary>
    public AssessmentOptions Defaults { get; }

    public string RuleSetVersion => inner.RuleSetVersion;

    /// <summary>Gets the organisation's own rules of the registered assessor, or null when it has none.</summary>
    public Organisation.OrganisationRuleSet? Organisation => (inner as SensoaFlagAssessor)?.Organisation;

    public AssessmentResult Assess(Incident incident, AssessmentOptions? options = null) =>
        inner.Assess(incident, options?.Over(Defaults) ?? Defaults);

    public AssessmentResult AssessJson(ReadOnlySpan<byte> utf8Json, AssessmentOptions? options = null) =>
        inner.AssessJson(utf8Json, options?.Over(Defaults) ?? Defaults);
}
