using Sensoa.Flags.Rules.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Rules.Tests;

/// <summary>The rules' table of texts (<c>RuleTexts</c>) in every language.</summary>
public sealed class LocalizationTests() : LanguageTableTests(RuleTexts.Resources, typeof(RuleTexts).Assembly);
