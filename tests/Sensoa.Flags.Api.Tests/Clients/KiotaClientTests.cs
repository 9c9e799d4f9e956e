using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.DependencyInjection;

namespace Sensoa.Flags.Api.Tests.Clients;

/// <summary>
/// The C# client that Kiota (the Microsoft.OpenApi.Kiota dotnet tool of the repository's tool manifest) generates from
/// the document the API serves, compiled with a small program (tests/clients/csharp) with no hand edits, once per test
/// run, and that program's calls to every operation of the API in-process.
/// </summary>
public sealed class KiotaClient : IAsyncLifetime
{
    public ApiFactory Api { get; } = new();

    /// <summary>Gets what the generator printed.</summary>
    public string GeneratorOutput { get; private set; } = string.Empty;

    /// <summary>Gets the generated client's source, all files together.</summary>
    public string GeneratedSource { get; private set; } = string.Empty;

    /// <summary>Gets the compiler's warnings about the generated client and the program.</summary>
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public Type Program { get; private set; } = typeof(object);

    public async Task InitializeAsync()
    {
        var folder = Directory.CreateTempSubdirectory("sensoa-kiota-").FullName;
        var document = Path.Combine(folder, "openapi.json");
        await File.WriteAllBytesAsync(document, await Api.CreateClient().GetByteArrayAsync("/openapi/v1.json"));

        var root = ClientTools.RepositoryRoot;
        var restore = await ClientTools.RunAsync("dotnet", ["tool", "restore"], root);
        restore.Code.Should().Be(0, restore.Output);
        var output = Path.Combine(folder, "client");
        var generate = await ClientTools.RunAsync(
            "dotnet",
            ["kiota", "generate", "--language", "CSharp", "--openapi", document, "--output", output, "--namespace-name", "Sensoa.Flags.Client", "--class-name", "SensoaFlagsClient", "--log-level", "Warning", "--clean-output"],
            root);
        GeneratorOutput = generate.Output;
        generate.Code.Should().Be(0, generate.Output);

        GeneratedSource = string.Concat(Directory.EnumerateFiles(output, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var sources = Directory.EnumerateFiles(output, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Append(Path.Combine(root, "tests", "clients", "csharp", "ClientProgram.cs"))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), f))
            .ToList();
        var compilation = CSharpCompilation.Create(
            "Sensoa.Flags.ClientProgram",
            sources,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var assembly = new MemoryStream();
        var emitted = compilation.Emit(assembly);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        errors.Should().BeEmpty("the generated client and the program compile as they are");
        Warnings = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        assembly.Position = 0;
        Program = AssemblyLoadContext.Default.LoadFromStream(assembly).GetType("ClientProgram", throwOnError: true)!;
    }

    public Task DisposeAsync()
    {
        Api.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Calls one of the program's methods with an HttpClient on the in-process API and the given arguments.</summary>
    public async Task<T> CallAsync<T>(string method, params object[] arguments)
    {
        var call = Program.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!;
        try
        {
            return await (Task<T>)call.Invoke(null, [Api.CreateClient(), .. arguments])!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    /// <summary>The framework's assemblies and Kiota's runtime, which the test project carries.</summary>
    private static List<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var kiota = Directory.EnumerateFiles(AppContext.BaseDirectory, "Microsoft.Kiota.*.dll");
        return platform.Concat(kiota)
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}

public sealed class KiotaClientTests(KiotaClient kiota) : IClassFixture<KiotaClient>
{
    [Fact]
    public void Generate_NoWarningAboutTheDocument()
    {
        kiota.GeneratorOutput.Should().NotContain("OpenAPI warning").And.NotContain("OpenAPI error");
        kiota.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Generate_NullNeverAnEnumMember_NumbersTyped()
    {
        kiota.GeneratedSource.Should().NotContain("NullSentinel", "null is not a value of an enum");
        kiota.GeneratedSource.Should().Contain("public global::Sensoa.Flags.Client.Models.Flag? CriteriaFlag { get; set; }");
        kiota.GeneratedSource.Should().Contain("public double? AgeYears { get; set; }");
        kiota.GeneratedSource.Should().Contain("public int? Count { get; set; }");
        kiota.GeneratedSource.Should().NotContain("UntypedNode", "every value has a type");
    }

    [Fact]
    public async Task EveryShippedCase_AssessedWithTheLibrarysFlags()
    {
        var lines = await kiota.CallAsync<List<string>>("AssessEveryCaseAsync", ClientTools.Cases);

        var expected = ClientTools.ExpectedFlags(kiota.Api.Services.GetRequiredService<IFlagAssessor>());
        lines.Should().Equal(expected.Select(e => $"{e.Key}: {e.Value}"));
        lines.Should().HaveCountGreaterThanOrEqualTo(8);
    }

    [Fact]
    public async Task Report_ReadAsText()
    {
        var reports = await kiota.CallAsync<List<string>>("ReadReportsAsync", Path.Combine(ClientTools.Cases, "two-person-sexting.json"));

        reports.Should().HaveCount(2);
        reports[0].Should().StartWith("#").And.Contain("2026-014");
        reports[1].Should().StartWith("<!DOCTYPE html>").And.Contain("2026-014");
    }

    [Fact]
    public async Task RefusedIncident_TypedProblemWithItsErrors()
    {
        var lines = await kiota.CallAsync<List<string>>("ReadRefusalAsync");

        lines.Should().Equal("400 DanglingId $.behaviours[0].actorId", "traceId present", "type urn:sensoa-flags:problem:invalid-incident");
    }

    [Fact]
    public async Task RefusedQuery_TypedProblem()
    {
        (await kiota.CallAsync<List<string>>("ReadQueryRefusalAsync")).Should().Equal("400 UnknownValue ?lang");
    }

    [Fact]
    public async Task NoContentType_415TypedProblem()
    {
        (await kiota.CallAsync<string>("SendWithoutContentTypeAsync", Path.Combine(ClientTools.Cases, "yellow-class-comment.json")))
            .Should().Be("415 UnsupportedMediaType $");
    }

    [Fact]
    public async Task OtherOperations_TypedParameters()
    {
        var lines = await kiota.CallAsync<List<string>>("CallTheOtherOperationsAsync", Path.Combine(ClientTools.Cases, "two-person-sexting.json"));

        lines.Should().HaveCount(5);
        lines[0].Should().MatchRegex(@"^referrals \d+$");
        lines[1].Should().Be("criteria nl 6 4", "Accept-Language: nl-BE chose Dutch");
        lines[2].Should().Be("pitfalls nl 4");
        lines[3].Should().Be("rules en True");
        lines[4].Should().Be("examples own-picture=2,forwarding=2");
    }
}
