namespace Sensoa.Flags.Validation;

/// <summary>
/// Collects validation errors: one per path (the first wins), at most <see cref="Limits.MaxErrors"/>.
/// Its collections are made with the first error, so that a valid incident costs nothing here.
/// </summary>
internal sealed class ErrorCollector
{
    private List<ValidationError>? errors;
    private HashSet<string>? paths;
    private int overflow;

    public bool HasErrors => errors is { Count: > 0 };

    public void Add(in ValidationPath path, string code, string message) => Add(path.ToString(), code, message);

    public void Add(string path, string code, string message)
    {
        paths ??= new HashSet<string>(StringComparer.Ordinal);
        if (!paths.Add(path))
        {
            return;
        }

        errors ??= [];
        if (errors.Count >= Limits.MaxErrors)
        {
            overflow++;
            return;
        }

        errors.Add(new ValidationError(path, code, message));
    }

    /// <summary>Forgets every error, so that the collector can be used again (it is pooled per thread with <see cref="IncidentLists"/>).</summary>
    public void Clear()
    {
        errors?.Clear();
        paths?.Clear();
        overflow = 0;
    }

    public IReadOnlyList<ValidationError> ToList()
    {
        if (errors is null)
        {
            return [];
        }

        if (overflow == 0)
        {
            return errors.ToArray();
        }

        var all = new List<ValidationError>(errors)
        {
            new("$", ValidationCodes.TooLarge, $"{overflow} more error(s) not shown; at most {Limits.MaxErrors} are reported"),
        };
        return all;
    }
}
