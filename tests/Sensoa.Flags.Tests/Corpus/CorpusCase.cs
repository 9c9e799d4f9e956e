namespace Sensoa.Flags.Tests.Corpus;

/// <summary>One bad input and the error it must produce: a path and a code among the errors reported.</summary>
/// <param name="Name">The file name under <c>Corpus/bad/</c>, or <c>generated/...</c> for an input made in code.</param>
/// <param name="ExpectedPath">The JSON path one of the errors must carry.</param>
/// <param name="ExpectedCode">The code of that error.</param>
internal sealed record CorpusCase(string Name, string ExpectedPath, string ExpectedCode)
{
    public override string ToString() => Name;
}
