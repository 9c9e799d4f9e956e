using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sensoa.Flags.Benchmarks;

/// <summary>The floor's serializer set up as the contract's: <see cref="ContractJsonContext"/> with relaxed escaping.</summary>
public static class ContractJson
{
    /// <summary>Gets the context with the contract's options.</summary>
    public static ContractJsonContext Context { get; } = new(new JsonSerializerOptions(ContractJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
