using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Sensoa.Flags.Guidance;

/// <summary>Reads a data file embedded in the assembly, once; a broken file is a packaging bug and fails loudly.</summary>
internal static class ShippedData
{
    public static T Read<T>(string name, JsonTypeInfo<T> type)
    {
        var resource = "Sensoa.Flags.Guidance.Data." + name;
        using var stream = typeof(ShippedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The shipped data '{resource}' is missing from the assembly.");
        return JsonSerializer.Deserialize(stream, type)
            ?? throw new InvalidOperationException($"The shipped data '{resource}' is empty.");
    }
}
