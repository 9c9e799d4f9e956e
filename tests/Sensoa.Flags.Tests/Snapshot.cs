using System.Runtime.CompilerServices;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Tests;

/// <summary>
/// Checked-in files that a test compares with what the code generates (the public API, the JSON Schemas).
/// Run the tests with <c>SENSOA_ACCEPT=1</c> to write the generated text instead, then review the diff and commit it.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "SENSOA_ACCEPT";

    /// <summary>Gets the repository root: the folder holding <c>Sensoa.Flags.slnx</c>.</summary>
    public static string RepositoryRoot => RepositoryFolder.Root;

    /// <summary>Fails when the file differs from <paramref name="actual"/>, saying how to regenerate it; writes it under <c>SENSOA_ACCEPT=1</c>.</summary>
    public static void Verify(string relativePath, string actual, [CallerMemberName] string test = "")
    {
        var path = Path.Combine(RepositoryRoot, relativePath);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            return;
        }

        var diff = expected is null ? "the file does not exist" : FirstDifference(expected, actual);
        Assert.Fail(
            $"{relativePath} is not what the code generates ({diff}).\n"
            + "If the change is intended, regenerate it from the repository root and commit the result:\n"
            + $"  {AcceptVariable}=1 dotnet test tests/{typeof(Snapshot).Assembly.GetName().Name} --filter \"FullyQualifiedName~{test}\"\n"
            + $"then review it with: git diff -- {relativePath}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"first difference at line {i + 1}: expected \"{e.Trim()}\", generated \"{a.Trim()}\"";
            }
        }

        return "they differ";
    }
}
