using CsCheck;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Tests.Validation;

/// <summary>
/// The validator tests the usual case of a field inline before the full check that reports (issue 7). The inline test
/// must never accept what the full check refuses; and the per-thread lists the validator copies the incident into must
/// not keep the caller's objects alive after the call.
/// </summary>
public sealed class FastPathTests
{
    /// <summary>Characters that matter to an id: printable ASCII, the space, controls, white space outside ASCII, surrogates.</summary>
    private static readonly Gen<string> Ids = Gen.OneOf(
            Gen.Char['!', '~'],
            Gen.Const(' '),
            Gen.Char['\0', '\u001f'],
            Gen.Const('\u007f'),
            Gen.Int[0, 5].Select(i => "\u00a0\u0085\u2003\u200eéß"[i]),
            Gen.Char['\ud800', '\udfff'])
        .Array[0, Limits.MaxIdLength + 2]
        .Select(chars => new string(chars));

    [Fact]
    public void PlainId_AnyText_AcceptsOnlyWhatTheFullCheckAccepts()
    {
        Ids.Sample(
            id =>
            {
                if (!IncidentValidator.PlainId(id))
                {
                    return true;
                }

                var errors = new ErrorCollector();
                return IncidentValidator.Id(id, ValidationPath.Of("$.id"), errors) && !errors.HasErrors;
            },
            iter: 20_000);
    }

    [Theory]
    [InlineData("p1")]
    [InlineData("a b")]
    [InlineData(" x")]
    [InlineData("~")]
    public void PlainId_PrintableAsciiNotAllSpaces_Accepted(string id) =>
        IncidentValidator.PlainId(id).Should().BeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("   ")]
    [InlineData("a\tb")]
    [InlineData("é")]
    [InlineData("\ud83d\ude00")]
    public void PlainId_EmptyBlankControlOrNonAscii_LeftToTheFullCheck(string? id) =>
        IncidentValidator.PlainId(id).Should().BeFalse();

    [Fact]
    public void PlainId_LongerThanTheLimit_LeftToTheFullCheck()
    {
        IncidentValidator.PlainId(new string('a', Limits.MaxIdLength)).Should().BeTrue();
        IncidentValidator.PlainId(new string('a', Limits.MaxIdLength + 1)).Should().BeFalse();
    }

    [Fact]
    public void Assess_ThenCollect_PooledListsKeepNothingAlive()
    {
        var assessor = FlagAssessor.Create();
        var incident = Weak(assessor);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        incident.IsAlive.Should().BeFalse("the per-thread lists and rule session must let go of the incident after the call");
    }

    [Fact]
    public void Validate_RefusedIncident_PooledListsKeepNothingAlive()
    {
        var incident = WeakRefused();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        incident.IsAlive.Should().BeFalse();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference Weak(IFlagAssessor assessor)
    {
        var incident = IncidentBuilder.Flanders()
            .Person("p1", 14).Person("p2", 13)
            .Behaviour(IncidentBuilder.Criteria(CriterionRating.Red, Criterion.Consent), affected: ["p2"])
            .Build();
        assessor.Assess(incident).IsValid.Should().BeTrue();
        return new WeakReference(incident.People[0]);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference WeakRefused()
    {
        var incident = IncidentBuilder.Flanders()
            .Person("p1", 14)
            .Behaviour(IncidentBuilder.Criteria(CriterionRating.Red, Criterion.Consent), actor: "nobody")
            .Build();
        FlagAssessor.Create().Assess(incident).IsValid.Should().BeFalse();
        return new WeakReference(incident.People[0]);
    }
}
