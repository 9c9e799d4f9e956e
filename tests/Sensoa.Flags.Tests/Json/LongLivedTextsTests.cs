using System.Text.Encodings.Web;
using System.Text.Json;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Json;

public sealed class LongLivedTextsTests
{
    [Fact]
    public void TryGet_TextACallMade_NotKept()
    {
        // Made by this call, so young: the table is for the texts the library keeps, not for what each call brings.
        var text = new string('x', 40) + Guid.NewGuid();

        LongLivedTexts.TryGet(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping, out _).Should().BeFalse();
    }

    [Fact]
    public void TryGet_LongLivedText_KeptWithTheEncodersBytes()
    {
        // A literal lives as long as the process, as the library's texts do.
        const string text = "Zeg \"stop\" <nu> & é";

        LongLivedTexts.TryGet(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping, out var relaxed).Should().BeTrue();
        relaxed.EncodedUtf8Bytes.ToArray().Should().Equal(JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes.ToArray());

        // Another encoder escapes differently: it gets its own encoding, never the other's.
        LongLivedTexts.TryGet(text, JavaScriptEncoder.Default, out var strict).Should().BeTrue();
        strict.EncodedUtf8Bytes.ToArray().Should().Equal(JsonEncodedText.Encode(text, JavaScriptEncoder.Default).EncodedUtf8Bytes.ToArray());
        strict.EncodedUtf8Bytes.ToArray().Should().NotEqual(relaxed.EncodedUtf8Bytes.ToArray());
    }
}
