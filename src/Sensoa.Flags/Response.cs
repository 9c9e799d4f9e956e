namespace Sensoa.Flags;

/// <summary>How to react towards one role, as ordered steps.</summary>
/// <param name="Role">Whom the steps are for.</param>
/// <param name="Steps">The steps, in order, in the chosen language.</param>
public sealed record Response(ResponseRole Role, IReadOnlyList<string> Steps)
{
    /// <summary>Gets, for each of <see cref="Steps"/> at the same index, which step of the reaction it is and its source.</summary>
    public IReadOnlyList<ResponseStep> StepDetails { get; init; } = [];
}
