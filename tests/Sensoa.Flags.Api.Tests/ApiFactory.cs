using Microsoft.AspNetCore.Mvc.Testing;

namespace Sensoa.Flags.Api.Tests;

/// <summary>The API as the sample starts it, over WebApplicationFactory's in-memory server; one per test class.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
}
