using System.Reflection;

namespace Sensoa.Flags.Tests;

/// <summary>What every validation error must look like, whatever the input: a path from the root, a known code, one line.</summary>
internal static class ErrorContract
{
    /// <summary>Gets every code declared in <see cref="ValidationCodes"/>.</summary>
    public static IReadOnlySet<string> KnownCodes { get; } = typeof(ValidationCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The longest path an error may carry: 16 levels of names cut at 64 characters, escaped, and indexes.</summary>
    public const int MaxPathLength = 2048;

    /// <summary>Returns the first way the errors break the contract, or null when they keep it.</summary>
    public static string? Violation(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count == 0)
        {
            return "a refusal without errors";
        }

        if (errors.Count > Limits.MaxErrors + 1)
        {
            return $"{errors.Count} errors, more than the cap";
        }

        foreach (var error in errors)
        {
            if (error is null)
            {
                return "a null error";
            }

            if (!error.Path.StartsWith('$'))
            {
                return "a path not starting with $: " + error.Path;
            }

            if (error.Path.Length > MaxPathLength)
            {
                return $"a path of {error.Path.Length} characters";
            }

            if (!KnownCodes.Contains(error.Code))
            {
                return "an unknown code: " + error.Code;
            }

            if (string.IsNullOrWhiteSpace(error.Message))
            {
                return "an empty message at " + error.Path;
            }

            if (error.ToString().AsSpan().IndexOfAny('\r', '\n', '\u2028') >= 0 || error.ToString().Contains('\u2029', StringComparison.Ordinal))
            {
                return "a line break in the error at " + error.Path;
            }
        }

        return errors.Select(e => e.Path).Distinct(StringComparer.Ordinal).Count() == errors.Count
            ? null
            : "two errors with the same path";
    }

    /// <summary>Asserts that the errors keep the contract.</summary>
    public static void Check(IReadOnlyList<ValidationError> errors) => Violation(errors).Should().BeNull();
}
