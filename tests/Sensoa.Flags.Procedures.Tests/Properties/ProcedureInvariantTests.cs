using System.Text;
using CsCheck;
using Sensoa.Flags.Procedures.Logbook;
using Sensoa.Flags.Procedures.Screener;
using Sensoa.Flags.Procedures.Sexting;
using Sensoa.Flags.Procedures.Tests.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Properties;

/// <summary>Invariants over random trigger sequences and random or mutated files: the model holds, nothing throws.</summary>
public sealed class ProcedureInvariantTests
{
    private static readonly ISextingWorkflow Workflow = SextingFixture.Workflow;

    [Fact]
    public void Fire_AnyTriggerSequence_FollowsTheTableRefusalsLeaveStateAndFilesRoundTrip()
    {
        Gen.Enum<SextingTrigger>().Array[1, 25].Sample(triggers =>
        {
            var state = SextingFixture.Started;
            foreach (var trigger in triggers)
            {
                var legal = Workflow.PermittedTriggers(state).Contains(trigger);
                var deletionBlocked = trigger == SextingTrigger.ImagesDeleted && state.PoliceAdvice is null && state.CriminalCasePossible != false;
                var result = Workflow.Fire(state, trigger, SextingFixture.Good(trigger));
                if (result.Succeeded != (legal && !deletionBlocked))
                {
                    return false;
                }

                if (!result.Succeeded)
                {
                    if (!ReferenceEquals(result.State, state) || result.Refusals.Count == 0)
                    {
                        return false;
                    }

                    continue;
                }

                var expected = SextingFixture.ForwardLine.Where(t => t.From == state.Step && t.Trigger == trigger).Select(t => t.To).DefaultIfEmpty(state.Step).First();
                if (result.State.Step != expected || result.State.History.Count != state.History.Count + 1)
                {
                    return false;
                }

                state = result.State;
            }

            var saved = Workflow.Save(state);
            return Workflow.Save(Workflow.Load(Encoding.UTF8.GetBytes(saved)).State!) == saved;
        }, iter: 300);
    }

    [Fact]
    public void Load_MutatedStateFile_NeverThrowsAndRefusesOrReads()
    {
        var saved = Encoding.UTF8.GetBytes(Workflow.Save(SextingFixture.At(SextingStep.FollowUp)));
        Gen.Select(Gen.Int[0, saved.Length - 1], Gen.Byte, Gen.Bool).Sample((position, value, delete) =>
        {
            var mutated = delete ? [.. saved[..position], .. saved[(position + 1)..]] : saved.ToArray();
            if (!delete)
            {
                mutated[position] = value;
            }

            var loaded = Workflow.Load(mutated);
            return loaded.IsValid != (loaded.Errors.Count > 0) && loaded.Errors.All(e => e.Path.StartsWith('$'));
        }, iter: 2000);
    }

    [Fact]
    public void Parsers_RandomBytes_NeverThrow()
    {
        var screener = SchoolPolicyScreener.Create();
        var logbook = EvidenceLogbook.Create(SextingFixture.Time);
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            _ = Workflow.Load(bytes);
            _ = screener.Parse(bytes);
            _ = Workflow.ReadInput(SextingTrigger.Weighed, bytes, out _);
            _ = logbook.Verify(new StringReader(Encoding.UTF8.GetString(bytes)));
        }, iter: 2000);
    }

    [Fact]
    public void Load_InvalidUtf8_ErrorAtRoot()
    {
        var loaded = Workflow.Load(new byte[] { (byte)'{', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}' });
        loaded.Errors.Should().ContainSingle().Which.Path.Should().Be("$");
    }
}
