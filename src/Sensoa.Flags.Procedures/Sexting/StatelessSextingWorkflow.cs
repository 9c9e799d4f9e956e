using System.Globalization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>The sexting workflow on Stateless, weighing with an <see cref="IFlagAssessor"/>.</summary>
internal sealed class StatelessSextingWorkflow(IFlagAssessor assessor, TimeProvider time) : ISextingWorkflow
{
    private static readonly CultureInfo English = Languages.Culture(Languages.English);

    public TransitionResult Start(string caseId, IReadOnlyList<Participant> participants) =>
        Start(caseId, participants, Jurisdiction.Netherlands);

    public TransitionResult Start(string caseId, IReadOnlyList<Participant> participants, Jurisdiction jurisdiction)
    {
        var state = new SextingIncidentState
        {
            CaseId = caseId ?? string.Empty,
            Participants = participants ?? [],
            Jurisdiction = jurisdiction,
            Step = SextingTransitions.First(jurisdiction),
        };
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(jurisdiction))
        {
            errors.Add(ProcedureTexts.Error("$.jurisdiction", ValidationCodes.UnknownValue, "error.notAllowed", EnumNames<Jurisdiction>.Allowed));
            return new TransitionResult { State = state with { Jurisdiction = Jurisdiction.Netherlands, Step = SextingStep.MapSignals }, Errors = errors };
        }

        SextingStateChecks.CaseId(state.CaseId, errors);
        SextingStateChecks.Participants(state.Participants, errors);
        return new TransitionResult { State = state, Errors = errors };
    }

    public TransitionResult Fire(SextingIncidentState state, SextingTrigger trigger, SextingInput? input = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        culture ??= English;
        input ??= new SextingInput();
        if (!SextingTransitions.From(state.Jurisdiction, state.Step).Contains(trigger))
        {
            return new TransitionResult { State = state, Refusals = [IllegalTransition(state, trigger, culture)] };
        }

        var errors = SextingInputChecks.Check(state, trigger, input);
        if (errors.Count > 0)
        {
            return new TransitionResult { State = state, Errors = errors };
        }

        var candidate = Apply(state, trigger, input, out var assessmentErrors);
        if (assessmentErrors.Count > 0)
        {
            return new TransitionResult { State = state, Errors = assessmentErrors };
        }

        var unmet = SextingMachine.TryFire(state.Step, trigger, candidate, culture, out var to);
        if (unmet.Count > 0)
        {
            var refusals = SextingRules.All.Where(rule => unmet.Contains(rule.Id)).SelectMany(rule => rule.Check(candidate, culture)).ToArray();
            return new TransitionResult { State = state, Refusals = refusals };
        }

        var now = time.GetLocalNow();
        var at = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), now.Offset);
        var skipped = SextingRules.Advice(state.Jurisdiction, trigger)
            .Where(rule => rule.Check(candidate, culture).Count > 0 && !state.SkippedAdvice.Contains(rule.Id, StringComparer.Ordinal))
            .Select(rule => rule.Id);
        return new TransitionResult
        {
            State = candidate with
            {
                Step = to,
                History = [.. state.History, new SextingHistoryEntry(at, trigger, state.Step, to)],
                SkippedAdvice = [.. state.SkippedAdvice, .. skipped],
            },
        };
    }

    public IReadOnlyList<SextingTrigger> PermittedTriggers(SextingIncidentState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return SextingTransitions.From(state.Jurisdiction, state.Step);
    }

    public IReadOnlyList<SextingStep> Route(Jurisdiction jurisdiction) => SextingTransitions.Steps(jurisdiction);

    public StepGuide Guide(SextingStep step, CultureInfo culture) => Guide(step, Jurisdiction.Netherlands, culture);

    public StepGuide Guide(SextingStep step, Jurisdiction jurisdiction, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return SextingGuides.For(step, jurisdiction, culture);
    }

    public string Describe(SextingIncidentState state, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(culture);
        return SextingDescription.Write(this, state, culture);
    }

    public string ToDot() => ToDot(Jurisdiction.Netherlands);

    public string ToDot(Jurisdiction jurisdiction) => SextingMachine.ToDot(jurisdiction).ReplaceLineEndings("\n");

    public string Save(SextingIncidentState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return SextingStateWriter.Write(state);
    }

    public SextingLoadResult Load(ReadOnlyMemory<byte> utf8Json) => SextingStateReader.Read(utf8Json.Span);

    public SextingInput? ReadInput(SextingTrigger trigger, ReadOnlyMemory<byte> utf8Json, out IReadOnlyList<ValidationError> errors) =>
        SextingInputReader.Read(trigger, utf8Json.Span, out errors);

    private SextingIncidentState Apply(SextingIncidentState state, SextingTrigger trigger, SextingInput input, out IReadOnlyList<ValidationError> errors)
    {
        errors = [];
        switch (trigger)
        {
            case SextingTrigger.Consulted:
                return state with { Consulted = state.Consulted.Concat(input.Consulted!).Distinct().Order().ToArray() };
            case SextingTrigger.YoungPeopleHeard:
                return state with { Conversations = [.. state.Conversations, .. input.Conversations!] };
            case SextingTrigger.ParentsHeard:
                return state with { ParentContacts = state.ParentContacts.Concat(input.ParentContacts!).Distinct().ToArray() };
            case SextingTrigger.FollowedUp:
                return state with { CheckedIn = state.CheckedIn.Concat(input.CheckedIn!).Distinct().ToArray() };
            case SextingTrigger.Decided:
                return state with { Decision = input.Decision };
            case SextingTrigger.PoliceAsked:
                return state with { PoliceAdvice = input.PoliceAdvice };
            case SextingTrigger.ImagesDeleted:
                return state with { ImagesDeleted = true };
            case SextingTrigger.Weighed:
                var result = assessor.Assess(input.Incident!);
                if (!result.IsValid)
                {
                    errors = result.Errors.Select(e => e with { Path = JsonPaths.Under("$.incident", e.Path) }).ToArray();
                    return state;
                }

                var weighed = result.Assessment.Behaviours
                    .Select(b => new WeighedBehaviour(b.BehaviourId, b.ActorId, b.Flag, b.Status, b.Registration)).ToArray();
                return state with
                {
                    Incident = input.Incident,
                    RuleSetVersion = result.Assessment.RuleSetVersion,
                    Weighed = weighed,
                    // A black flag means danger and consequences can be very great: treat a criminal case as possible.
                    CriminalCasePossible = input.CriminalCasePossible == true || weighed.Any(w => w.Flag == Flag.Black),
                };
            default:
                return state;
        }
    }

    private static Refusal IllegalTransition(SextingIncidentState state, SextingTrigger trigger, CultureInfo culture)
    {
        var step = state.Step;
        var possible = SextingTransitions.From(state.Jurisdiction, step);
        var message = step == SextingStep.Closed
            ? ProcedureTexts.Get("refusal.sexting.closed", culture)
            : ProcedureTexts.Format(
                "refusal.sexting.illegalTransition",
                culture,
                EnumNames<SextingTrigger>.Name(trigger),
                EnumNames<SextingStep>.Name(step),
                string.Join(", ", possible.Select(EnumNames<SextingTrigger>.Name)));
        return new Refusal("$.step", "sexting.illegalTransition", message);
    }
}
