namespace Sensoa.Flags.Batch;

/// <summary>How far a batch has come, for a progress display.</summary>
/// <param name="LinesRead">Gets the lines whose results were given, in order.</param>
/// <param name="BytesRead">Gets the bytes read from the input so far (the reader is ahead of the results).</param>
/// <param name="Errors">Gets the lines refused so far.</param>
/// <param name="Changed">Gets the lines whose outcome changed so far.</param>
/// <param name="Elapsed">Gets the time since the batch started.</param>
public readonly record struct BatchProgress(long LinesRead, long BytesRead, long Errors, long Changed, TimeSpan Elapsed);
