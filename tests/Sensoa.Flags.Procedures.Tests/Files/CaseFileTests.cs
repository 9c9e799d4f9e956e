using System.Diagnostics;
using Sensoa.Flags.Procedures.Files;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Procedures.Tests.Files;

public sealed class CaseFileTests : IDisposable
{
    private readonly string directory = Samples.TempDirectory();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Replace_NewPathAndRegularFile_WrittenWithNoTemporaryLeft()
    {
        var path = Path.Combine(directory, "state.json");
        CaseFile.Replace(path, "one");
        CaseFile.Replace(path, "two");
        File.ReadAllText(path).Should().Be("two");
        Directory.GetFiles(directory).Should().ContainSingle();
    }

    [Fact]
    public void Replace_SymbolicLink_RefusedAndTargetUntouched()
    {
        var target = Path.Combine(directory, "target.json");
        File.WriteAllText(target, "kept");
        var link = Path.Combine(directory, "link.json");
        File.CreateSymbolicLink(link, target);
        var act = () => CaseFile.Replace(link, "new");
        act.Should().Throw<IOException>().WithMessage("*symbolic link*");
        File.ReadAllText(target).Should().Be("kept");
        new FileInfo(link).LinkTarget.Should().Be(target);
    }

    [UnixFact]
    public void Replace_FifoOrDevice_Refused()
    {
        var fifo = Path.Combine(directory, "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var act = () => CaseFile.Replace(fifo, "x");
        act.Should().Throw<IOException>().WithMessage("*not a regular file*");
        FileStatus.Of(fifo).Should().Be(FileKind.Special);
        var device = () => CaseFile.Replace("/dev/null", "x");
        device.Should().Throw<IOException>().WithMessage("*not a regular file*");
    }

    [Fact]
    public void ReplaceIfUnchanged_ChangedMeanwhile_FalseAndNothingWritten()
    {
        var path = Path.Combine(directory, "state.json");
        File.WriteAllText(path, "first");
        var read = File.ReadAllBytes(path);
        File.WriteAllText(path, "someone else");
        CaseFile.ReplaceIfUnchanged(path, read, "mine").Should().BeFalse();
        File.ReadAllText(path).Should().Be("someone else");
        CaseFile.ReplaceIfUnchanged(path, File.ReadAllBytes(path), "mine").Should().BeTrue();
        File.ReadAllText(path).Should().Be("mine");
    }

    [UnixFact]
    public void FileStatus_Kinds_Recognised()
    {
        FileStatus.Of(Path.Combine(directory, "none")).Should().Be(FileKind.Missing);
        FileStatus.Of(directory).Should().Be(FileKind.Directory);
        FileStatus.Of("/dev/zero").Should().Be(FileKind.Special);
        var file = Path.Combine(directory, "f");
        File.WriteAllText(file, "x");
        FileStatus.Of(file).Should().Be(FileKind.Regular);
        FileStatus.Identity(file).Should().NotBeNull().And.NotBe(FileStatus.Identity(directory));
    }

    [UnixFact]
    public void FileStatus_LinksAndIdentity_NotFollowedAndStable()
    {
        var file = Path.Combine(directory, "f");
        File.WriteAllText(file, "x");
        var link = Path.Combine(directory, "link");
        File.CreateSymbolicLink(link, file);
        var dangling = Path.Combine(directory, "dangling");
        File.CreateSymbolicLink(dangling, Path.Combine(directory, "nowhere"));

        FileStatus.Of(link).Should().Be(FileKind.SymbolicLink);
        FileStatus.Of(dangling).Should().Be(FileKind.SymbolicLink);
        FileStatus.Of(Path.Combine(file, "below")).Should().Be(FileKind.Missing);
        FileStatus.Identity(link).Should().NotBe(FileStatus.Identity(file), "the link itself, not its target");
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read);
        FileStatus.Of(stream.SafeFileHandle).Should().Be(FileKind.Regular);
        FileStatus.Identity(stream.SafeFileHandle).Should().Be(FileStatus.Identity(file));
        FileStatus.FlushDirectory(directory);
    }

    [Fact]
    public void FileStatus_NativeCalls_OnlyTheCLibraryNeverTheRuntimesInternals()
    {
        // The runtime's libSystem.Native is internal to .NET: its exports may change in any release.
        var imports = typeof(CaseFile).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.DeclaredOnly))
            .Select(m => m.GetCustomAttributes(typeof(System.Runtime.InteropServices.DllImportAttribute), false).OfType<System.Runtime.InteropServices.DllImportAttribute>().SingleOrDefault())
            .OfType<System.Runtime.InteropServices.DllImportAttribute>()
            .Select(i => i.Value)
            .ToList();

        imports.Should().NotBeEmpty().And.OnlyContain(library => library == "libc");
    }
}
