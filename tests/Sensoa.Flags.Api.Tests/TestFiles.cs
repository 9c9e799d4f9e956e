using System.Text.Json;

namespace Sensoa.Flags.Api.Tests;

/// <summary>The shipped example incidents and the bad-input corpus, copied next to the tests.</summary>
internal static class TestFiles
{
    public static string Cases => Path.Combine(AppContext.BaseDirectory, "cases");

    public static string Corpus => Path.Combine(AppContext.BaseDirectory, "corpus");

    public static byte[] Case(string name) => File.ReadAllBytes(Path.Combine(Cases, name));

    public static byte[] CorpusFile(string name) => File.ReadAllBytes(Path.Combine(Corpus, "bad", name));

    public static TheoryData<string> CaseNames() => Data(Directory.EnumerateFiles(Cases, "*.json").Select(Path.GetFileName)!);

    /// <summary>Every corpus file with the path and code it must produce, from <c>expectations.json</c>.</summary>
    public static TheoryData<string, string, string> CorpusCases()
    {
        var data = new TheoryData<string, string, string>();
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Corpus, "expectations.json")));
        foreach (var entry in document.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            data.Add(entry.Name, entry.Value.GetProperty("path").GetString()!, entry.Value.GetProperty("code").GetString()!);
        }

        return data;
    }

    private static TheoryData<string> Data(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }
}
