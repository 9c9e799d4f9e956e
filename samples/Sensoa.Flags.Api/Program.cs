using Sensoa.Flags.Api;

ApiApp.Build(args).Run();

/// <summary>The entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
