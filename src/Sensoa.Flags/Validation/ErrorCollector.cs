namespace Sensoa.Flags.Validation;

/// <summary>Collects validation errors: one per path (the first wins), at most <see cref="Limits.MaxErrors"/>.</summary>
internal sealed class ErrorCollector
{
    private readonly List<ValidationError> errors = [];
    private readonly HashSet<string> paths = new(StringComparer.Ordinal);
    private int overflow;

    public bool HasErrors => errors.Count > 0;

    public void Add(string path, string code, string message)
    {
        if (!paths.Add(path))
        {
            return;
        }

        if (errors.Count >= Limits.MaxErrors)
        {
            overflow++;
            return;
        }

        errors.Add(new ValidationError(path, code, message));
    }

    public IReadOnlyList<ValidationError> ToList()
    {
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
