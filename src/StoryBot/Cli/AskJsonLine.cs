using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StoryBot.Knowledge.Answering;

namespace StoryBot.Cli;

/// <summary>One line of <c>ask --json</c> output: the answer (null when the story does not hold it) and its evidence.</summary>
internal sealed record AskJsonLine(
    string Question,
    string? Answer,
    double Confidence,
    IReadOnlyList<AskJsonPassage> Passages,
    IReadOnlyList<string> Facts)
{
    public static AskJsonLine From(Answer answer) => new(
        answer.Question,
        answer.Text,
        Finite(answer.Confidence),
        [.. answer.Passages.Select(p => new AskJsonPassage(p.Text, p.Source, p.Heading, Finite(p.Score)))],
        answer.Facts);

    /// <summary>The line written when answering failed: no answer, nothing invented.</summary>
    public static AskJsonLine Unanswered(string question) => new(question, null, 0, [], []);

    /// <summary>Four decimals are plenty to rank by; NaN and infinities (not JSON) become 0.</summary>
    private static double Finite(double value) => double.IsFinite(value) ? Math.Round(value, 4) : 0;
}

internal sealed record AskJsonPassage(string Text, string Source, string? Heading, double Score);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AskJsonLine))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Readable lines: quotes, apostrophes and accents as themselves (the output is never embedded in HTML).</summary>
    public static CliJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
