using System.Globalization;
using NRules.Fluent.Dsl;
using Sensoa.Flags.Rules;
using Sensoa.Flags.Rules.Organisation;
using Sensoa.Flags.Testing;
using Sensoa.Flags.Tests;

namespace Sensoa.Flags.Cli.Tests.Commands;

/// <summary>The CLI's <c>rules</c>: text, JSON (as <c>GET /rules</c>) and the generated rules page.</summary>
public sealed class RulesCommandTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    /// <summary>Runs <c>rules</c> with an assessor that has one organisation rule besides the library's; it must succeed.</summary>
    private static string RunWithRule(Type rule, params string[] args)
    {
        var assessor = new Lazy<IFlagAssessor>(() => FlagAssessor.Create(o => o.AddRules(rule)));
        var output = new StringWriter();
        Sensoa.Flags.Cli.Commands.RulesCommand.Create(assessor, output).Parse(args).Invoke().Should().Be(0);
        return output.ToString();
    }

    [Fact]
    public void Rules_Text_EveryRuleWithIdPriorityTagsDescriptionAndSource()
    {
        var (code, stdout, stderr) = Run("rules");

        code.Should().Be(0, stderr);
        stdout.Should().StartWith("Rule set " + FlagAssessor.RuleSetVersion + "\n");
        foreach (var rule in FlagAssessor.DescribeRules())
        {
            stdout.Should().Contain(rule.Id).And.Contain(rule.Description).And.Contain("Source: " + rule.Source);
            stdout.Should().MatchRegex($@"{rule.Id.Replace(".", @"\.", StringComparison.Ordinal)} +{rule.Priority}  {string.Join(", ", rule.Tags)}\n");
        }
    }

    [Fact]
    public void Rules_AssessorWithOrganisationRules_ListsThemInTextJsonAndMarkdown()
    {
        string RunWith(params string[] args) => RunWithRule(typeof(ZeroToleranceRule), args);

        RunWith().Should().Contain("Organisation rules (id, priority)").And.Contain("school.zeroTolerance").And.Contain("Zero tolerance: the school would give red.");
        RunWith("--lang", "nl").Should().Contain("Regels van de organisatie");
        RunWith("--format", "json").Should().Contain("\"id\": \"school.zeroTolerance\"");
        RunWith("--format", "md").Should().Contain("## Organisation rules").And.Contain("| `school.zeroTolerance` | 0 | Zero tolerance: the school would give red. |");
    }

    [Fact]
    public void Rules_OrganisationRuleWithLineBreakTagAndBidiControl_OneRowShownAsWritten()
    {
        string RunWith(params string[] args) => RunWithRule(typeof(TrickyTextRule), args);

        var page = RunWith("--format", "md");
        page.Should().Contain(@"| `club.tricky\u202erule` | 0 | line one\u000aline two \| &lt;b>bold&lt;/b> |" + "\n");
        page.Should().NotContain("\u202e").And.NotContain("<b>");

        var text = RunWith();
        text.Should().Contain(@"club.tricky\u202erule").And.Contain(@"  line one\u000aline two | <b>bold</b>" + "\n");
        text.Should().NotContain("\u202e").And.NotContain("line one\n");
    }

    [Name("club.tricky\u202erule")]
    [Description("line one\nline two | <b>bold</b>")]
    public sealed class TrickyTextRule : Rule
    {
        public override void Define()
        {
            BehaviourView behaviour = null!;
            When().Match(() => behaviour, b => b.Labels.Contains("never-given"));
            Then().Do(ctx => ctx.RaiseConcern(behaviour, "never"));
        }
    }

    [Fact]
    public void Rules_LibraryAlone_NoOrganisationSection()
    {
        var (_, stdout, _) = Run("rules");

        stdout.Should().NotContain("Organisation rules (id, priority)");
        Run("rules", "--format", "json").Out.Should().Contain("\"organisationRules\": []");
    }

    [Fact]
    public void Rules_Text_EveryConsiderationAndReferralConditionWithItsSource()
    {
        var (_, stdout, _) = Run("rules");

        foreach (var consideration in FlagAssessor.DescribeConsiderations())
        {
            stdout.Should().Contain(consideration.Message + "\n  Source: " + consideration.Source);
        }

        foreach (var condition in Sensoa.Flags.Guidance.ReferralDirectory.DescribeRouting())
        {
            stdout.Should().Contain($"{condition.ReferralId} (") .And.Contain(condition.Condition + "\n  Source: " + condition.Source);
        }
    }

    [Fact]
    public void Rules_LangNl_DutchDescriptionsAndLabels()
    {
        var (code, stdout, _) = Run("rules", "--lang", "nl");

        code.Should().Be(0);
        stdout.Should().StartWith("Regelset ");
        foreach (var rule in FlagAssessor.DescribeRules(Dutch))
        {
            // The library's own choices are "eigen keuze" in Dutch: no English word in Dutch output.
            stdout.Should().Contain(rule.Description).And.Contain("Bron: " + (rule.Source.IsLibrary ? "eigen keuze van Sensoa.Flags: " + rule.Source.Part : rule.Source.ToString()));
        }

        stdout.Should().NotContain(FlagAssessor.DescribeRules()[0].Description, "the English description is not printed");
        stdout.Should().NotContain("library:").And.NotContain("(flanders,");
    }

    [Fact]
    public void Rules_Json_SameAsTheLibraryAndGetRules()
    {
        var (code, stdout, _) = Run("rules", "--format", "json", "--lang", "nl");

        code.Should().Be(0);
        stdout.Should().Be(RuleSetJson.Serialize(FlagAssessor.Describe(Dutch)) + "\n");
    }

    [Fact]
    public void Rules_UnknownFormat_UsageError()
    {
        var (code, stdout, stderr) = Run("rules", "--format", "xml");

        code.Should().Be(ExitCodes.Usage);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("xml");
    }

    [Fact]
    public void Rules_Markdown_IsDocsRulesMd()
    {
        // docs/rules.md is generated: it fails here when a rule, a consideration, a referral condition or a source changed
        // without the page (SENSOA_ACCEPT=1 writes it anew).
        var (code, stdout, _) = Run("rules", "--format", "md");

        code.Should().Be(0);
        Snapshot.Verify("docs/rules.md", stdout);
    }

    [Fact]
    public void Rules_Markdown_EveryIdAndSourceOnThePage()
    {
        var (_, page, _) = Run("rules", "--format", "md");
        var description = FlagAssessor.Describe();

        foreach (var rule in description.Rules)
        {
            page.Should().Contain($"### `{rule.Id}`").And.Contain(rule.Source.Part);
        }

        foreach (var consideration in description.Considerations)
        {
            page.Should().Contain($"### `{consideration.Id}`").And.Contain(consideration.Source.Part);
        }

        foreach (var condition in description.ReferralConditions)
        {
            page.Should().Contain($"| `{condition.ReferralId}` |").And.Contain(condition.Source.Part);
        }

        page.Should().Contain("**library**: ", "the library's own decisions are marked as such");
    }
}
