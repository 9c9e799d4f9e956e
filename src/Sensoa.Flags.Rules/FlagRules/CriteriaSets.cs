namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// One read-only list per set of criteria (six bits, 64 sets), in Sensoa's order, shared by every behaviour: the
/// criteria a behaviour left unknown and the ones rated most severe are one of these, so a firing that names them is
/// equal to every other firing that names the same set, and its written message can be kept (<see cref="Firing"/>).
/// </summary>
internal static class CriteriaSets
{
    private static readonly Criterion[] All = Enum.GetValues<Criterion>();

    private static readonly IReadOnlyList<Criterion>[] Sets = [.. Enumerable.Range(0, 1 << All.Length).Select(Create)];

    /// <summary>Gets the shared list of the criteria whose bits (<c>1 &lt;&lt; (int)criterion</c>) are set in <paramref name="mask"/>.</summary>
    public static IReadOnlyList<Criterion> Of(int mask) => Sets[mask];

    private static IReadOnlyList<Criterion> Create(int mask) =>
        Array.AsReadOnly(All.Where(criterion => (mask & (1 << (int)criterion)) != 0).ToArray());
}
