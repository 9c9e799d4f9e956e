using System.Text.Json.Nodes;
using Sensoa.Flags.Tests.Corpus;

namespace Sensoa.Flags.Tests.Validation;

/// <summary>
/// Inputs that carry a marker in their free text, ids and values: neither an error message nor the command line's stderr
/// may repeat it.
/// </summary>
internal static class MarkedInputs
{
    public const string Marker = "Zq7Secret";

    /// <summary>Inputs with the marker in every free-text and id field, each also broken somewhere.</summary>
    public static TheoryData<string> Broken() =>
    [
        // The marker in every text field, and the enums wrong.
        Doc(b => { b["description"] = Marker; b["override"] = new JsonObject { ["flag"] = Marker, ["basis"] = Marker, ["reason"] = Marker }; b["intimacy"] = Marker; }),
        Doc(b => b["criteria"]!["consent"] = Marker),
        Doc(b => b["actorId"] = Marker),
        Doc(b => b["affectedIds"] = new JsonArray(Marker, Marker)),
        Doc(b => b["id"] = Marker + new string('x', 70)),
        Doc(b => b["description"] = string.Concat(Enumerable.Repeat(Marker, 1000))),
        Doc(b => b["override"] = new JsonObject { ["flag"] = "red", ["basis"] = "intimacy", ["reason"] = string.Concat(Enumerable.Repeat(Marker, 300)) }),
        Doc(b => { b["description"] = Marker; b["criteria"] = Marker; }),
        Doc(b => { b["description"] = Marker; b["repeatedAfterCorrection"] = Marker; b["id"] = 5; }),
        Doc(_ => { }, root => { root["people"]![0]!["id"] = Marker; root["people"]![1]!["id"] = Marker; }),
        Doc(_ => { }, root => { root["people"]![0]!["ageYears"] = Marker; root["setting"] = Marker; root["jurisdiction"] = Marker; }),
        Doc(_ => { }, root => root["occurredYearsAgo"] = JsonValue.Create(Marker)),
        Doc(_ => { }, root => root["people"] = Marker),
        Doc(_ => { }, root => root["behaviours"]!.AsArray().Add(Marker)),
        // Malformed JSON right after the marker.
        "{\"jurisdiction\": \"flanders\", \"setting\": \"" + Marker,
        "{\"jurisdiction\": \"" + Marker + "\" \"setting\": 1}",
        "{\"jurisdiction\": \"" + Marker + "\\x\"}",
        "[\"" + Marker + "\", " + Marker + "]",
        "\"" + Marker + "\"",
        Marker,
    ];

    public static string Doc(Action<JsonObject> behaviour, Action<JsonObject>? root = null)
    {
        var node = JsonNode.Parse(BadInputCorpus.Base)!.AsObject();
        behaviour(node["behaviours"]![0]!.AsObject());
        root?.Invoke(node);
        return node.ToJsonString();
    }
}
