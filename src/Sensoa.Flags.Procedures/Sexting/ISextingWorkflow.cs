using System.Globalization;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>
/// The sexting incident workflow, per jurisdiction. The Netherlands: map signals → consult → talk to the young people,
/// then the parents → weigh (with the flag assessor) → decide → follow-up. Flanders: involve the contact person → weigh
/// → consult (CLB, Child Focus) → talk to the pupils → decide (help, agreements) → follow-up → evaluate. Illegal
/// triggers and unmet rules are refused with reasons; states are immutable and saved as versioned JSON. Thread-safe.
/// </summary>
public interface ISextingWorkflow
{
    /// <summary>Opens an incident in step 1.</summary>
    /// <param name="caseId">The case id (no names).</param>
    /// <param name="participants">The people involved; at least one portrayed.</param>
    /// <returns>The new state, or the errors with their paths (<c>$.participants[0].id</c>).</returns>
    TransitionResult Start(string caseId, IReadOnlyList<Participant> participants);

    /// <summary>Opens an incident in the first step of the jurisdiction's route.</summary>
    /// <param name="caseId">The case id (no names).</param>
    /// <param name="participants">The people involved; at least one portrayed.</param>
    /// <param name="jurisdiction">Whose route: Flanders or the Netherlands.</param>
    /// <returns>The new state, or the errors with their paths.</returns>
    TransitionResult Start(string caseId, IReadOnlyList<Participant> participants, Jurisdiction jurisdiction);

    /// <summary>Lists the steps of a jurisdiction's route, in order, <see cref="SextingStep.Closed"/> last.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>The steps.</returns>
    IReadOnlyList<SextingStep> Route(Jurisdiction jurisdiction);

    /// <summary>Fires a trigger. Never throws for bad input or a refused step: the result says why.</summary>
    /// <param name="state">The current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="input">What the trigger records; null for none.</param>
    /// <param name="culture">The language of the refusals; null for English.</param>
    /// <returns>The new state, or the unchanged state with errors or refusals.</returns>
    TransitionResult Fire(SextingIncidentState state, SextingTrigger trigger, SextingInput? input = null, CultureInfo? culture = null);

    /// <summary>Lists the triggers the state's step allows, whether or not their rules are met yet.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The triggers, in declaration order.</returns>
    IReadOnlyList<SextingTrigger> PermittedTriggers(SextingIncidentState state);

    /// <summary>Gets the checklist and the do's and don'ts of a step of the Netherlands' route.</summary>
    /// <param name="step">The step.</param>
    /// <param name="culture">The language; English unless Dutch.</param>
    /// <returns>The guide.</returns>
    StepGuide Guide(SextingStep step, CultureInfo culture);

    /// <summary>Gets the checklist and the do's and don'ts of a step of a jurisdiction's route; a step the route does not have gets its title and empty lists.</summary>
    /// <param name="step">The step.</param>
    /// <param name="jurisdiction">Whose route.</param>
    /// <param name="culture">The language; English unless Dutch.</param>
    /// <returns>The guide.</returns>
    StepGuide Guide(SextingStep step, Jurisdiction jurisdiction, CultureInfo culture);

    /// <summary>Describes a state for people: the step, its checklist, do's and don'ts, the flags, what is possible now, the history.</summary>
    /// <param name="state">The state.</param>
    /// <param name="culture">The language; English unless Dutch.</param>
    /// <returns>Plain text with <c>\n</c> line ends.</returns>
    string Describe(SextingIncidentState state, CultureInfo culture);

    /// <summary>Writes the Netherlands' route as a Graphviz DOT graph (steps, triggers and the rules guarding them).</summary>
    /// <returns>The DOT text.</returns>
    string ToDot();

    /// <summary>Writes a jurisdiction's route as a Graphviz DOT graph (steps, triggers and the rules guarding them).</summary>
    /// <param name="jurisdiction">Whose route.</param>
    /// <returns>The DOT text.</returns>
    string ToDot(Jurisdiction jurisdiction);

    /// <summary>Writes a state as JSON: versioned, camelCase, the same state always the same bytes.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The JSON text.</returns>
    string Save(SextingIncidentState state);

    /// <summary>Reads a saved state. A newer schema version, an unknown property or a bad value is an error with its path.</summary>
    /// <param name="utf8Json">The UTF-8 JSON text.</param>
    /// <returns>The state, or every error found.</returns>
    SextingLoadResult Load(ReadOnlyMemory<byte> utf8Json);

    /// <summary>Reads what a trigger records from JSON (the CLI's <c>--input</c> file).</summary>
    /// <param name="trigger">The trigger whose fields are allowed.</param>
    /// <param name="utf8Json">The UTF-8 JSON text.</param>
    /// <param name="errors">Every error found, with its JSON path.</param>
    /// <returns>The input; null when there were errors.</returns>
    SextingInput? ReadInput(SextingTrigger trigger, ReadOnlyMemory<byte> utf8Json, out IReadOnlyList<ValidationError> errors);
}
