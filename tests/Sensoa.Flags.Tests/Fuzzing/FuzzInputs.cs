using System.Globalization;
using System.Text;
using CsCheck;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Corpus;
using Sensoa.Flags.Tests.Json;
using Sensoa.Flags.Tests.Properties;

namespace Sensoa.Flags.Tests.Fuzzing;

/// <summary>The valid inputs the fuzzer mutates, and how many cases a run tries.</summary>
internal static class FuzzInputs
{
    /// <summary>The environment variable that sets the number of mutated cases (default 100,000), e.g. 10000000 for a long run.</summary>
    public const string CasesVariable = "SENSOA_FUZZ_CASES";

    private static readonly Lazy<(string Name, byte[] Bytes)[]> Valid = new(Load);

    /// <summary>Gets the number of mutated inputs one run tries.</summary>
    public static long Cases =>
        long.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : 100_000;

    /// <summary>Gets the shipped cases, the corpus base, the minimal sample and generated incidents, as valid UTF-8 JSON.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> All => Valid.Value;

    /// <summary>A valid input with one to four mutations, and the bytes they give.</summary>
    public static Gen<(int Input, Mutation[] Mutations)> Mutated { get; } =
        Gen.Select(Gen.Int[0, 10_000], Mutation.Gen.Array[1, 4], (input, mutations) => (input, mutations));

    public static byte[] Apply(int input, Mutation[] mutations)
    {
        var bytes = All[input % All.Count].Bytes;
        foreach (var mutation in mutations)
        {
            bytes = mutation.Apply(bytes);
        }

        return bytes;
    }

    public static string Describe(int input, Mutation[] mutations) =>
        $"input {All[input % All.Count].Name}, mutations [{string.Join(", ", mutations)}], bytes (base64) {Convert.ToBase64String(Apply(input, mutations))}";

    private static (string, byte[])[] Load()
    {
        var inputs = Samples.Files.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        inputs.Add(("corpus/base.json", BadInputCorpus.Base));
        inputs.Add(("Samples.Minimal", Encoding.UTF8.GetBytes(Samples.Minimal)));
        // Generated incidents, kept small (most mutations land in the structure, not in a 4,000-character description).
        var pcg = new PCG(7, 20261127);
        for (var i = 0; inputs.Count < 56; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(SensoaJson.Serialize(Generators.RichIncident.Generate(pcg, null, out _)));
            if (bytes.Length <= 6000)
            {
                inputs.Add(($"generated #{i}", bytes));
            }
        }

        return [.. inputs];
    }
}
