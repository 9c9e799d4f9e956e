using System.Globalization;
using System.Reflection;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The Sensoa rules, loaded from this assembly by NRules and compiled once into one immutable, thread-safe session factory.
/// An assessment runs in one of its pooled sessions per incident. It holds the library's rules only: an organisation's rules are
/// compiled apart (<see cref="Organisation.OrganisationRuleSet"/>).
/// </summary>
internal sealed class SensoaRuleSet
{
    /// <summary>The version every assessment carries. Raise it whenever a rule's outcome changes.</summary>
    public const string Version = "3.0.0";

    /// <summary>Gets the library's rule set, compiled on first use and shared by every assessor without organisation rules.</summary>
    public static Lazy<SensoaRuleSet> Shared { get; } = new(() => Create(withConcerns: false));

    /// <summary>
    /// Gets the library's rule set with <c>organisation.concern</c>, compiled on first use and shared by every assessor
    /// with organisation rules: their rules run in sessions of their own (<see cref="Organisation.OrganisationRuleSet"/>),
    /// so this one holds the library's rules alone, whoever the organisation.
    /// </summary>
    public static Lazy<SensoaRuleSet> SharedWithConcerns { get; } = new(() => Create(withConcerns: true));

    /// <summary>The library's rule definitions loaded once without compiling them (<see cref="LoadDefinitions"/>).</summary>
    private static readonly Lazy<(IRuleDefinition[] Listed, IRuleDefinition[] Inferences)> Definitions = new(LoadLibrary);

    /// <summary>The join of the behaviours with the case file, compiled on the first incident with a history.</summary>
    private static readonly Lazy<HistoryJoin> Join = new(() => new HistoryJoin(Definitions.Value.Inferences.Single(rule => rule.Name == HistoryJoinRule.Id)));

    private static readonly CultureInfo[] Cultures = [.. Languages.Supported.Select(Languages.Culture)];

    private readonly Lazy<SessionPool> sessions;
    private readonly Lazy<SensoaRuleSet> withHistory;

    private SensoaRuleSet(IReadOnlyList<IRuleDefinition> rules, IRuleDefinition[] compiled, Lazy<SensoaRuleSet>? withHistory)
    {
        // Compiled on the first session, so that an assessor that only ever sees incidents with a history compiles
        // the twin alone.
        sessions = new Lazy<SessionPool>(() => new SessionPool(new RuleCompiler().Compile(compiled), reuse: true));
        Rules = rules;
        Compiled = compiled.Length;
        this.withHistory = withHistory ?? new Lazy<SensoaRuleSet>(this);
    }

    /// <summary>Gets the rule set compiled on first use and shared by every assessor.</summary>
    public static SensoaRuleSet Instance => Shared.Value;

    /// <summary>Gets the sessions over the compiled rules (thread-safe, compiled once per rule set on first use), reused across assessments.</summary>
    public SessionPool Sessions => sessions.Value;

    /// <summary>Gets the rules in agenda order: highest priority first, ties by id.</summary>
    public IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>Gets the rules that only infer facts for the library's rules and run apart (<see cref="RuleTags.Inference"/>): the join with the case file.</summary>
    public static IReadOnlyList<IRuleDefinition> Inferences => Definitions.Value.Inferences;

    /// <summary>Gets the join of the behaviours with the case file's entries, run before the session when there are entries.</summary>
    public static HistoryJoin History => Join.Value;

    /// <summary>
    /// Gets the rule set for an incident with a case file: these rules and the ones that need it
    /// (<see cref="NeedsHistoryAttribute"/>), compiled on the first such incident. Without entries those rules could never
    /// fire, and each would still be a node that every change of every behaviour's flag passes, so this set leaves them out.
    /// </summary>
    public SensoaRuleSet WithHistory => withHistory.Value;

    /// <summary>Gets how many rules are compiled in (without the ones that need a case file, unless this is <see cref="WithHistory"/>).</summary>
    public int Compiled { get; }

    /// <summary>
    /// Gets the most firings a correct run makes: every rule is non-repeatable, so each fires at most once per behaviour,
    /// and <c>organisation.concern</c> once per concern.
    /// </summary>
    public int FiringLimit(int behaviours, int concerns) => (Compiled * behaviours) + concerns;

    /// <summary>Loads and compiles the rules anew (tests and benchmarks; the assessor uses <see cref="Instance"/>).</summary>
    /// <exception cref="RuleSetException">A rule class was not loaded, or two rules share an id.</exception>
    public static SensoaRuleSet Create() => Create(withConcerns: false);

    /// <summary>Loads and compiles the library's rules, with or without the rule that applies organisations' concerns.</summary>
    /// <param name="withConcerns">Whether to compile <c>organisation.concern</c> in (only an assessor with organisation rules needs it).</param>
    /// <exception cref="RuleSetException">A rule class was not loaded, an id is used twice, or a rule or its consideration names no source.</exception>
    public static SensoaRuleSet Create(bool withConcerns)
    {
        var rules = LoadLibrary().Listed;

        // Without organisation rules no concern is ever inserted, so organisation.concern could never fire: it is left out
        // of the compiled network, where its join would still take part in every insert and update of every behaviour.
        // The rules that need a case file are left out the same way, and compiled in the twin for incidents with one.
        IRuleDefinition[] compiled = [.. rules.Where(rule => withConcerns || rule.Name != OrganisationConcernRule.Id)];
        var withHistory = new Lazy<SensoaRuleSet>(() => new SensoaRuleSet(rules, compiled, null));
        return new SensoaRuleSet(rules, [.. compiled.Where(rule => Attribute<NeedsHistoryAttribute>(rule) is null)], withHistory);
    }

    /// <summary>
    /// Loads the library's rule definitions without compiling them, for describing the rules (the command line's
    /// <c>rules</c>, <c>GET /rules</c>): compiling is most of the cost of a rule set, and a description needs none of it.
    /// </summary>
    /// <exception cref="RuleSetException">A rule class was not loaded, or two rules share an id.</exception>
    public static IReadOnlyList<IRuleDefinition> LoadDefinitions() =>
        Shared.IsValueCreated ? Shared.Value.Rules : Definitions.Value.Listed;

    /// <summary>Gets what a rule rests on: the document from the <see cref="SourceAttribute"/> on its class (found through NRules' metadata), the part from its text <c>rule.{id}.source</c>.</summary>
    /// <exception cref="RuleSetException">The rule names no source, or its part has no text.</exception>
    public static Provenance SourceOf(IRuleDefinition rule, CultureInfo culture) =>
        Attribute<SourceAttribute>(rule) is { } attribute
            ? new Provenance(attribute.Document, Part(rule, $"rule.{rule.Name}.source", culture))
            : throw new RuleSetException(rule.Name, $"Rule '{rule.Name}' names no source.", null);

    /// <summary>Gets what the consideration a rule adds rests on (<see cref="ConsiderationSourceAttribute"/>, text <c>rule.{id}.considerationSource</c>); null for a rule that adds none.</summary>
    /// <exception cref="RuleSetException">The rule is tagged as adding a consideration but names no source for it, or its part has no text.</exception>
    public static Provenance? ConsiderationSourceOf(IRuleDefinition rule, CultureInfo culture)
    {
        if (!rule.Tags.Contains(RuleTags.Consideration))
        {
            return null;
        }

        return Attribute<ConsiderationSourceAttribute>(rule) is { } attribute
            ? new Provenance(attribute.Document, Part(rule, $"rule.{rule.Name}.considerationSource", culture))
            : throw new RuleSetException(rule.Name, $"Rule '{rule.Name}' adds a consideration but names no source for it.", null);
    }

    /// <summary>
    /// Checks that every rule class of <paramref name="assembly"/> was loaded and that no two rules share an id. NRules
    /// skips the rule classes it is not told to look at (non-public, nested) without a word, so what it loaded is held to
    /// what reflection finds, not trusted.
    /// </summary>
    /// <exception cref="RuleSetException">A rule class was not loaded, or two rules share an id.</exception>
    public static void CheckLoaded(Assembly assembly, IReadOnlyCollection<IRuleDefinition> rules)
    {
        var duplicate = rules.GroupBy(rule => rule.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new RuleSetException(duplicate.Key, $"Rule set {Version}: the id '{duplicate.Key}' is used by more than one rule.", null);
        }

        var loaded = rules.Select(rule => rule.Properties[RuleProperties.ClrType]).OfType<Type>().ToHashSet();
        var skipped = assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Rule)) && !type.IsAbstract && !loaded.Contains(type))
            .Select(type => type.FullName)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (skipped.Length > 0)
        {
            throw new RuleSetException($"Rule set {Version}: rule classes not loaded: {string.Join(", ", skipped)}.");
        }
    }

    /// <summary>
    /// Loads the library's rules and checks them; returns the rules it lists (<see cref="RuleTags.Sensoa"/>) in agenda
    /// order, and the rules that only infer facts for them (<see cref="RuleTags.Inference"/>, run apart).
    /// </summary>
    private static (IRuleDefinition[] Listed, IRuleDefinition[] Inferences) LoadLibrary()
    {
        var assembly = typeof(SensoaRuleSet).Assembly;
        var repository = new RuleRepository();
        repository.Load(spec => spec
            .From(scan => scan.Assembly(assembly).PrivateTypes().NestedTypes())
            .Where(rule => rule.Tags.Contains(RuleTags.Sensoa) || rule.Tags.Contains(RuleTags.Inference)));
        var all = repository.GetRuleSets().SelectMany(set => set.Rules).ToArray();
        CheckLoaded(assembly, all);
        var rules = all
            .Where(rule => rule.Tags.Contains(RuleTags.Sensoa))
            .OrderByDescending(rule => rule.Priority)
            .ThenBy(rule => rule.Name, StringComparer.Ordinal)
            .ToArray();
        foreach (var rule in rules)
        {
            // Both languages, so that a missing text fails when the rule set loads rather than when it is listed.
            foreach (var culture in Cultures)
            {
                _ = SourceOf(rule, culture);
                _ = ConsiderationSourceOf(rule, culture);
            }
        }

        return (rules, [.. all.Where(rule => !rule.Tags.Contains(RuleTags.Sensoa))]);
    }

    private static TAttribute? Attribute<TAttribute>(IRuleDefinition rule)
        where TAttribute : Attribute =>
        rule.Properties[RuleProperties.ClrType] is Type type && type.GetCustomAttributes(typeof(TAttribute), inherit: false) is [TAttribute attribute]
            ? attribute
            : null;

    private static string Part(IRuleDefinition rule, string key, CultureInfo culture)
    {
        var part = RuleTexts.Get(key, culture);
        return part != key ? part : throw new RuleSetException(rule.Name, $"Rule '{rule.Name}': the text '{key}' is missing.", null);
    }
}
