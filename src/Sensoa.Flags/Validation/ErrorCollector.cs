using Sensoa.Flags.Localization;

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

    public void Add(in ValidationPath path, string code, ErrorMessage message) => Add(path.ToString(), code, message);

    /// <summary>Adds an error whose message can be written again in the caller's language (see <see cref="ValidationError.Localize"/>).</summary>
    public void Add(string path, string code, ErrorMessage message)
    {
        if (Accept(path))
        {
            errors!.Add(new ValidationError(path, code, message));
        }
    }

    /// <summary>Adds an error as it is, its message's key and arguments included.</summary>
    public void Add(ValidationError error)
    {
        if (Accept(error.Path))
        {
            errors!.Add(error);
        }
    }

    /// <summary>Adds an error with a message in English only (the procedures' own files).</summary>

    public void Add(string path, string code, string message)
    {
        if (Accept(path))
        {
            errors!.Add(new ValidationError(path, code, message));
        }
    }

    /// <summary>Whether an error at this path is kept: the first per path, up to the limit (the rest are counted).</summary>
    private bool Accept(string path)
    {
        paths ??= new HashSet<string>(StringComparer.Ordinal);
        if (!paths.Add(path))
        {
            return false;
        }

        errors ??= [];
        if (errors.Count >= Limits.MaxErrors)
        {
            overflow++;
            return false;
        }

        return true;
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
            new("$", ValidationCodes.TooLarge, new ErrorMessage("error.moreErrors", overflow, Limits.MaxErrors)),
        };
        return all;
    }
}
