using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sensoa.Flags.Json;

/// <summary>
/// The JSON encoding of the texts an assessment repeats on every call, made once. Rule messages, response steps, sources
/// and referral texts are the same string objects on every assessment (the library makes them once per culture and keeps
/// them), and checking each for characters to escape and transcoding it to UTF-8 was about two fifths of the writer's
/// time (a perf profile of the HTTP load test). A text is kept only once it lives in the oldest generation: what a
/// single call makes (ids from the input, opening times, a caller's own assessment read from JSON) is written as
/// before instead of filling the table. Keys are held weakly, so a kept text goes when nothing else holds it; either
/// way the bytes written are the same.
/// </summary>
internal static class LongLivedTexts
{
    private static readonly ConditionalWeakTable<string, Encoded> Table = new();

    /// <summary>Gets the text's encoding by <paramref name="encoder"/> when the text is long-lived; false for a text a call made.</summary>
    /// <remarks>One encoder per process in practice (the contract writer's); a kept encoding by another encoder is not used.</remarks>
    public static bool TryGet(string text, JavaScriptEncoder encoder, out JsonEncodedText encoded)
    {
        if (Table.TryGetValue(text, out var kept) && ReferenceEquals(kept.Encoder, encoder))
        {
            encoded = kept.Text;
            return true;
        }

        // Frozen literals report a generation above the oldest; both count as long-lived.
        if (GC.GetGeneration(text) < GC.MaxGeneration)
        {
            encoded = default;
            return false;
        }

        encoded = JsonEncodedText.Encode(text, encoder);
        Table.AddOrUpdate(text, new Encoded(encoded, encoder));
        return true;
    }

    private sealed record Encoded(JsonEncodedText Text, JavaScriptEncoder Encoder);
}
