using System.Globalization;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance.Responses;

/// <summary>What a response step rests on: a document, and the key of its part (or the library's reason) in English and Dutch.</summary>
internal sealed record StepSource(string Document, string Key)
{
    public bool IsLibrary => Document == SourceDocuments.Library;

    public Provenance In(CultureInfo culture) => new(Document, Texts.Get(Key, culture));
}
