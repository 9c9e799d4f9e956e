using System.Text.Json;

namespace Sensoa.Flags.Tests.Corpus;

/// <summary>
/// The bad-input corpus: the files under <c>Corpus/bad/</c> with their expectations in <c>Corpus/expectations.json</c>
/// (made by <c>make_corpus.py</c>), plus the inputs too large to commit, made in code by <see cref="GeneratedCorpus"/>.
/// </summary>
internal static class BadInputCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, CorpusCase>> Cases = new(Load);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static string BadDirectory => Path.Combine(Directory, "bad");

    public static IReadOnlyDictionary<string, CorpusCase> All => Cases.Value;

    /// <summary>The valid incident most file cases were made from by breaking one thing.</summary>
    public static byte[] Base => File.ReadAllBytes(Path.Combine(Directory, "base.json"));

    /// <summary>The files in <c>Corpus/bad/</c>, whether or not the manifest names them.</summary>
    public static IEnumerable<string> Files => System.IO.Directory.EnumerateFiles(BadDirectory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>The files named in the manifest.</summary>
    public static IReadOnlyList<string> ManifestFiles { get; } = ReadManifest().Select(c => c.Name).ToArray();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    public static byte[] Bytes(string name) =>
        GeneratedCorpus.TryMake(name, out var bytes) ? bytes : File.ReadAllBytes(Path.Combine(BadDirectory, name));

    private static IReadOnlyDictionary<string, CorpusCase> Load()
    {
        var cases = ReadManifest().Concat(GeneratedCorpus.Cases).ToDictionary(c => c.Name, StringComparer.Ordinal);
        return cases;
    }

    private static IEnumerable<CorpusCase> ReadManifest()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Directory, "expectations.json")));
        return document.RootElement.EnumerateObject()
            .Select(p => new CorpusCase(p.Name, p.Value.GetProperty("path").GetString()!, p.Value.GetProperty("code").GetString()!))
            .ToArray();
    }
}
