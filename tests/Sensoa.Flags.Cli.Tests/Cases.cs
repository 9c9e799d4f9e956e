namespace Sensoa.Flags.Cli.Tests;

/// <summary>The shipped example incidents (samples/cases), copied beside the tests.</summary>
internal static class Cases
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "cases");

    public static string File(string name) => Path.Combine(Directory, name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal))
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
