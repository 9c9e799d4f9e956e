using System.Text.Json.Nodes;

namespace Sensoa.Flags.Web.Tests.Infrastructure;

/// <summary>
/// The shipped two-person sexting incident, plus an override a professional might try: the girl's own picture
/// (green) made red because "our school forbids it". The sources allow a house rule to turn green into yellow at most.
/// </summary>
public static class SextingCase
{
    public const string OverrideReason = "Our school forbids nude pictures.";

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "cases", "two-person-sexting.json");

    /// <summary>The incident as JSON, as the page sends it for what <see cref="FillIn"/> types.</summary>
    public static JsonObject Incident()
    {
        var incident = JsonNode.Parse(File.ReadAllText(FilePath))!.AsObject();
        incident["behaviours"]![0]!["override"] = new JsonObject { ["flag"] = "red", ["basis"] = "organisationRule", ["reason"] = OverrideReason };
        return incident;
    }

    private static readonly string[] Factors = ["repeated", "priorSeriousAddressed", "awareAtTheTime", "distributesImages"];

    private static readonly string[] Handled =
        ["id", "actorId", "affectedIds", "description", "criteria", "intimacy", "labels", "override", .. Factors];

    /// <summary>Fills in the incident by hand, field by field, as a person would.</summary>
    public static void FillIn(PageSession page)
    {
        var file = Incident();
        file.Select(p => p.Key).Should().BeSubsetOf(["jurisdiction", "setting", "involvesSexting", "people", "behaviours"]);
        page.Click($"f-jurisdiction-{(string)file["jurisdiction"]!}");
        page.Choose("f-setting", (string)file["setting"]!);
        if (file["involvesSexting"] is { } sexting && (bool)sexting!)
        {
            page.Click("f-involvesSexting");
        }

        var people = file["people"]!.AsArray();
        for (var i = 0; i < people.Count; i++)
        {
            page.Type($"f-people-{i}-id", (string)people[i]!["id"]!);
            page.Type($"f-people-{i}-ageYears", people[i]!["ageYears"]!.ToJsonString());
        }

        var behaviours = file["behaviours"]!.AsArray();
        for (var i = 0; i < behaviours.Count; i++)
        {
            if (i > 0)
            {
                page.Click("add-behaviour");
            }

            var b = behaviours[i]!;
            b.AsObject().Select(p => p.Key).Should().BeSubsetOf(Handled, "every part of the case file must be typed into the form");
            var at = $"f-behaviours-{i}";
            page.Type($"{at}-id", (string)b["id"]!);
            var actor = people.Select(p => (string)p!["id"]!).ToList().IndexOf((string)b["actorId"]!);
            page.Choose($"{at}-actor", actor.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var affected in b["affectedIds"]!.AsArray())
            {
                page.Click($"{at}-affected-{people.Select(p => (string)p!["id"]!).ToList().IndexOf((string)affected!)}");
            }

            page.Type($"{at}-description", (string)b["description"]!);
            foreach (var (criterion, rating) in b["criteria"]!.AsObject())
            {
                page.Click($"{at}-criteria-{criterion}-{(string)rating!}");
            }

            if (b["intimacy"] is { } intimacy)
            {
                page.Choose($"{at}-intimacy", (string)intimacy!);
            }

            foreach (var factor in Factors.Where(f => b[f] is { } value && (bool)value!))
            {
                page.Click($"{at}-{factor}");
            }

            if (b["labels"] is JsonArray labels)
            {
                page.Type($"{at}-labels", string.Join(", ", labels.Select(l => (string)l!)));
            }

            if (b["override"] is JsonObject requested)
            {
                page.Click($"{at}-override-on");
                page.Choose($"{at}-override-flag", (string)requested["flag"]!);
                page.Choose($"{at}-override-basis", (string)requested["basis"]!);
                page.Type($"{at}-override-reason", (string)requested["reason"]!);
            }
        }
    }
}
