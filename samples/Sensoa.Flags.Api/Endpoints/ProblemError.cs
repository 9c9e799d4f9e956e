namespace Sensoa.Flags.Api.Endpoints;

/// <summary>One entry of a problem document's <c>errors</c>: the JSON path, the stable code and a message for people.</summary>
internal sealed record ProblemError(string Path, string Code, string Message);
