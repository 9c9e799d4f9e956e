using System.Text.Json.Nodes;

namespace Sensoa.Flags.Cli.Tests.Commands;

public sealed class SextingCommandTests : IDisposable
{
    private readonly string directory = ProcedureFiles.TempDirectory();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Copy(string name)
    {
        var path = Path.Combine(directory, Path.GetFileName(name));
        File.Copy(ProcedureFiles.File(name), path);
        return path;
    }

    [Fact]
    public void Start_NewFile_WritesStateInStepOne()
    {
        var state = Path.Combine(directory, "s.json");
        var (code, stdout, stderr) = CliRunner.Run("sexting", "start", state, "--case", "c-1", "--person", "p1:15:portrayed", "--person", "p2:16:distributor,recipient");
        code.Should().Be(0, stderr);
        stdout.Should().Contain("mapSignals");
        File.ReadAllText(state).Should().Contain("\"schemaVersion\": 2");
    }

    [Fact]
    public void Start_ExistingFileOrBadPerson_Exit73Or64Unchanged()
    {
        var state = Copy("sexting/state.json");
        var before = File.ReadAllBytes(state);
        CliRunner.Run("sexting", "start", state, "--case", "c", "--person", "p1:15:portrayed").Code.Should().Be(73);
        var (code, _, stderr) = CliRunner.Run("sexting", "start", Path.Combine(directory, "n.json"), "--case", "c", "--person", "p1:15:painter");
        code.Should().Be(64);
        stderr.Should().StartWith("--person[0]:");
        File.ReadAllBytes(state).Should().Equal(before);
    }

    [Fact]
    public void Advance_ShippedStateWithOut_WritesNewFileAndLeavesShippedOne()
    {
        var output = Path.Combine(directory, "next.json");
        var shipped = File.ReadAllBytes(ProcedureFiles.File("sexting/state.json"));
        var (code, stdout, stderr) = CliRunner.Run("sexting", "advance", ProcedureFiles.File("sexting/state.json"), "youngPeopleHeard", "--input", ProcedureFiles.File("sexting/young-people-heard.json"), "--out", output);
        code.Should().Be(0, stderr);
        stdout.Should().Be("youngPeopleHeard: step talkToYoungPeople -> talkToParents\n");
        File.ReadAllText(output).Should().Contain("\"step\": \"talkToParents\"");
        File.ReadAllBytes(ProcedureFiles.File("sexting/state.json")).Should().Equal(shipped);
    }

    [Fact]
    public void Advance_IllegalTrigger_Exit1ReasonAndFileUnchanged()
    {
        var state = Copy("sexting/state.json");
        var before = File.ReadAllBytes(state);
        var (code, stdout, stderr) = CliRunner.Run("sexting", "advance", state, "decided", "--input", ProcedureFiles.File("sexting/decided.json"));
        code.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("$.step: 'decided' is not possible in step 'talkToYoungPeople'");
        File.ReadAllBytes(state).Should().Equal(before);
    }

    [Fact]
    public void Advance_WorkflowFileFromNewerVersion_Exit2NamesField()
    {
        var state = Path.Combine(directory, "future.json");
        File.WriteAllText(state, File.ReadAllText(ProcedureFiles.File("sexting/state.json")).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 7", StringComparison.Ordinal));
        var before = File.ReadAllBytes(state);
        var (code, _, stderr) = CliRunner.Run("sexting", "advance", state, "youngPeopleHeard", "--input", ProcedureFiles.File("sexting/young-people-heard.json"));
        code.Should().Be(2);
        stderr.Should().StartWith(state + " $.schemaVersion: schema version 7 was written by a newer version");
        File.ReadAllBytes(state).Should().Equal(before);
    }

    [Fact]
    public void Advance_InputNotJson_Exit2NamesFileAndPlace()
    {
        var state = Copy("sexting/state.json");
        var input = Path.Combine(directory, "bad.json");
        File.WriteAllText(input, "{\"conversations\": [");
        var (code, _, stderr) = CliRunner.Run("sexting", "advance", state, "youngPeopleHeard", "--input", input);
        code.Should().Be(2);
        stderr.Should().StartWith(input + " $.conversations: not valid JSON at line 1, byte 20");
    }

    [Fact]
    public void Show_ShippedState_PrintsChecklistDosAndPossibleTriggers()
    {
        var (code, stdout, _) = CliRunner.Run("sexting", "show", ProcedureFiles.File("sexting/state.json"), "--lang", "nl");
        code.Should().Be(0);
        stdout.Should().Contain("3a. Praat met de jongeren").And.Contain("youngPeopleHeard").And.Contain("Niet doen");
    }

    [Fact]
    public void Show_Dot_PrintsGraph()
    {
        var (code, stdout, _) = CliRunner.Run("sexting", "show", ProcedureFiles.File("sexting/state.json"), "--dot");
        code.Should().Be(0);
        stdout.Should().StartWith("digraph");
    }

    [Fact]
    public void ShowAndAdvance_ImpossibleState_Exit2WithThePath()
    {
        // Walked to follow-up through the command line, then edited: a publicity measure is never allowed.
        var path = Copy("sexting/state.json");
        foreach (var (trigger, input) in new[] { ("youngPeopleHeard", "young-people-heard"), ("parentsHeard", "parents-heard"), ("weighed", "weighed"), ("decided", "decided") })
        {
            var (walked, _, walkError) = CliRunner.Run("sexting", "advance", path, trigger, "--input", ProcedureFiles.File($"sexting/{input}.json"));
            walked.Should().Be(0, walkError);
        }

        var state = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        state["step"]!.GetValue<string>().Should().Be("followUp");
        var measures = state["decision"]!["measures"]!.AsArray();
        measures.Add(new JsonObject { ["kind"] = "publicity" });
        File.WriteAllText(path, state.ToJsonString());
        var before = File.ReadAllBytes(path);

        var (code, stdout, stderr) = CliRunner.Run("sexting", "show", path);
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain($"$.decision.measures[{measures.Count - 1}].kind");

        var checkedIn = Path.Combine(directory, "checked-in.json");
        File.WriteAllText(checkedIn, "{\"checkedIn\": [\"p1\"]}");
        CliRunner.Run("sexting", "advance", path, "followedUp", "--input", checkedIn).Code.Should().Be(2);
        File.ReadAllBytes(path).Should().Equal(before, "nothing is written from an impossible state");
    }

    [Fact]
    public void Show_LangNl_ErrorsOfAStateFileInDutchWithTheSamePaths()
    {
        var path = Copy("sexting/state.json");
        var state = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        state.Remove("caseId");
        File.WriteAllText(path, state.ToJsonString());

        var (english, _, englishErrors) = CliRunner.Run("sexting", "show", path);
        var (dutch, stdout, dutchErrors) = CliRunner.Run("sexting", "show", path, "--lang", "nl");

        english.Should().Be(2);
        dutch.Should().Be(2);
        stdout.Should().BeEmpty();
        englishErrors.Should().Contain($"{path} $.caseId: required");
        dutchErrors.Should().Contain($"{path} $.caseId: verplicht").And.NotContain("required");
    }
}
