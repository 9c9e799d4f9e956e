namespace Sensoa.Flags.LoadTest;

/// <summary>
/// The floor: what the same host does with no library at all. It reads the request body to its end (as any handler of a
/// POST must) and answers with the assessment's bytes computed once before the test.
/// </summary>
internal static class FloorEndpoint
{
    public const string Path = "/floor";

    public static void Map(IEndpointRouteBuilder app, byte[] answer) =>
        app.MapPost(Path, async (HttpContext context) =>
        {
            var reader = context.Request.BodyReader;
            while (true)
            {
                var read = await reader.ReadAsync(context.RequestAborted);
                reader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }

            return Results.Bytes(answer, "application/json; charset=utf-8");
        });
}
