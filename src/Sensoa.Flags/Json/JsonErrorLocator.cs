using System.Globalization;
using System.Text.Json;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Json;

/// <summary>
/// Finds where malformed JSON breaks, as a JSON path with line and byte, by reading it token by token.
/// Only used after a fast parse failed, so valid input pays nothing for it.
/// </summary>
internal static class JsonErrorLocator
{
    public static ValidationError Locate(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = Limits.MaxDepth + 2,
        });
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Name = SafeName(ref reader), InValue = true };
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(frames);
                        if (frames.Count >= Limits.MaxDepth)
                        {
                            return new ValidationError(
                                PathOf(frames),
                                ValidationCodes.TooLarge,
                                new ErrorMessage("error.tooDeep", Limits.MaxDepth));
                        }

                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null, false));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        Complete(frames);
                        break;
                    default:
                        Advance(frames);
                        Complete(frames);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            return new ValidationError(
                PathOf(frames),
                ValidationCodes.InvalidJson,
                new ErrorMessage("error.invalidJsonAt", line, position));
        }

        return new ValidationError(JsonPaths.Root, ValidationCodes.InvalidJson, new ErrorMessage("error.invalidJson"));
    }

    /// <summary>A value starts: in an array it is the next element.</summary>
    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0)
        {
            var top = frames[^1];
            frames[^1] = top with { Index = top.IsArray ? top.Index + 1 : top.Index, InValue = true };
        }
    }

    /// <summary>A value ended: an error after it belongs to its parent, not to it.</summary>
    private static void Complete(List<Frame> frames)
    {
        if (frames.Count > 0)
        {
            frames[^1] = frames[^1] with { InValue = false };
        }
    }

    private static string SafeName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = JsonPaths.Root;
        foreach (var frame in frames)
        {
            if (!frame.InValue)
            {
                break;
            }

            path = frame.IsArray ? JsonPaths.Index(path, frame.Index) : JsonPaths.Property(path, frame.Name ?? string.Empty);
        }

        return path;
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Name, bool InValue);
}
