using System.Text.Json;
using Sensoa.Flags.Api.Tests.Wire;

namespace Sensoa.Flags.Api.Tests.Clients;

/// <summary>
/// The TypeScript types that openapi-typescript generates from the document the API serves, and a program against them
/// with openapi-fetch (tests/clients/typescript), compiled by TypeScript 5 and run under Node's test runner against the
/// API on loopback. The packages come from that folder's package-lock.json (npm ci, which .ci/run does first).
/// Skipped, saying so, where npm is not on the machine.
/// </summary>
public sealed class TypeScriptClientTests
{
    private static string Folder => Path.Combine(ClientTools.RepositoryRoot, "tests", "clients", "typescript");

    [NpmFact]
    public async Task GeneratedTypes_CompileAndEveryOperationAnswersAsTyped()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
        {
            var install = await ClientTools.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Folder);
            install.Code.Should().Be(0, install.Output);
        }

        await using var api = await LoopbackApi.StartAsync();
        var generated = Directory.CreateDirectory(Path.Combine(Folder, "generated")).FullName;
        using (var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{api.Port}") })
        {
            await File.WriteAllBytesAsync(Path.Combine(generated, "openapi.json"), await http.GetByteArrayAsync("/openapi/v1.json"));
        }

        var types = await ClientTools.RunAsync("node", ["node_modules/openapi-typescript/bin/cli.js", "generated/openapi.json", "--output", "generated/schema.ts"], Folder);
        types.Code.Should().Be(0, types.Output);
        types.Output.Should().NotContainAny(["warn", "error"], types.Output);

        if (Directory.Exists(Path.Combine(Folder, "out")))
        {
            Directory.Delete(Path.Combine(Folder, "out"), recursive: true);
        }

        var compile = await ClientTools.RunAsync("node", ["node_modules/typescript/bin/tsc", "--project", "."], Folder);
        compile.Code.Should().Be(0, "the program compiles against the generated types: " + compile.Output);

        var expected = ClientTools.ExpectedFlags(api.Service<IFlagAssessor>());
        var run = await ClientTools.RunAsync(
            "node",
            ["--test", "--test-reporter=tap", "out/client.test.js"],
            Folder,
            new Dictionary<string, string>
            {
                ["SENSOA_API"] = $"http://127.0.0.1:{api.Port}",
                ["SENSOA_CASES"] = ClientTools.Cases,
                ["SENSOA_EXPECTED"] = JsonSerializer.Serialize(expected),
            });
        run.Code.Should().Be(0, run.Output);
        run.Output.Should().Contain("# pass 5").And.Contain("# fail 0");
    }
}
