using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Validation;

/// <summary>
/// Collects validation errors: one per path (the first wins), at most <see cref="Limits.MaxErrors"/>.
/// Its collections are made with the first error, so that a valid incident costs nothing here.
/// </summary>
/// <remarks>
/// The readers of <see cref="Json.JsonFields"/> and <see cref="Json.JsonInput"/> report here; a reader of an integrator's
/// own document adds its own checks with <see cref="Add(string, string, string)"/> and returns <see cref="ToList"/>.
/// </remarks>
public sealed class ErrorCollector
{
    private List<ValidationError>? errors;
    private HashSet<string>? paths;
    private int overflow;

    /// <summary>Gets whether an error was added.</summary>
    public bool HasErrors => errors is { Count: > 0 };

    internal void Add(in ValidationPath path, string code, string message) => Add(path.ToString(), code, message);

    internal void Add(in ValidationPath path, string code, ErrorMessage message) => Add(path.ToString(), code, message);

    /// <summary>Adds an error whose message can be written again in the caller's language (see <see cref="ValidationError.Localize"/>).</summary>
    internal void Add(string path, string code, ErrorMessage message)
    {
        if (Accept(path))
        {
            errors!.Add(new ValidationError(path, code, message));
        }
    }

    /// <summary>Adds an error as it is (one found by another reader, say), unless its path has one already.</summary>
    /// <param name="error">The error.</param>
    public void Add(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (Accept(error.Path))
        {
            errors!.Add(error);
        }
    }

    /// <summary>Adds an error with a message as it is, unless its path has one already.</summary>
    /// <param name="path">The JSON path of the offending value (<see cref="Json.JsonPaths"/>).</param>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <param name="message">The message for people; <see cref="ValidationError.Localize"/> leaves it as it is.</param>
    public void Add(string path, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
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

    /// <summary>Gets the errors in the order they were added, and last, when more were found than kept, one saying how many more.</summary>
    /// <returns>A copy of the errors; empty when there are none.</returns>
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
