namespace Sensoa.Flags.Tests.Json;

/// <summary>The shipped example incidents, copied next to the tests.</summary>
internal static class Samples
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "cases");

    public static IEnumerable<string> Files => System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal);

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Directory, name));

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>A minimal valid incident as JSON, for tests that break one thing in it.</summary>
    public const string Minimal = """
        {
          "jurisdiction": "flanders",
          "setting": "school",
          "people": [ { "id": "p1", "ageYears": 14 }, { "id": "p2", "ageYears": 13 } ],
          "behaviours": [
            {
              "id": "b1", "actorId": "p1", "affectedIds": ["p2"],
              "criteria": { "consent": "yellow", "voluntariness": "green", "equality": "green",
                            "development": "green", "context": "green", "impact": "green" }
            }
          ]
        }
        """;
}
