namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>What a step asks of the professional: a checklist, and the do's and don'ts that apply.</summary>
/// <param name="Step">The step.</param>
/// <param name="Title">The step's title.</param>
/// <param name="Checklist">What to do in this step, in order.</param>
/// <param name="Dos">The do's that apply to this step.</param>
/// <param name="Donts">The don'ts that apply to this step.</param>
public sealed record StepGuide(SextingStep Step, string Title, IReadOnlyList<string> Checklist, IReadOnlyList<string> Dos, IReadOnlyList<string> Donts);
