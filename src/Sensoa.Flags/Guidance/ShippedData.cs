using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Sensoa.Flags.Guidance;

/// <summary>Reads a data file embedded in the assembly, once; a broken file is a packaging bug and fails loudly.</summary>
internal static class ShippedData
{
    public static T Read<T>(string name, JsonTypeInfo<T> type)
    {
        using var stream = Open(name);
        return JsonSerializer.Deserialize(stream, type)
            ?? throw new InvalidOperationException($"The shipped data '{name}' is empty.");
    }

    /// <summary>Reads a data file with its own reader (<paramref name="read"/> gets the file's bytes).</summary>
    /// <exception cref="InvalidOperationException">The file is missing, or <paramref name="read"/> refused it (the inner exception says why).</exception>
    public static T Read<T>(string name, Func<ReadOnlyMemory<byte>, T> read)
    {
        using var stream = Open(name);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        try
        {
            return read(bytes);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidOperationException($"The shipped data '{name}' is broken: {ex.Message}", ex);
        }
    }

    private static Stream Open(string name)
    {
        var resource = "Sensoa.Flags.Guidance.Data." + name;
        return typeof(ShippedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The shipped data '{resource}' is missing from the assembly.");
    }
}
