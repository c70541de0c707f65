using System.Text.Json.Nodes;

namespace StoryBot.FakeDiscord.Rest;

/// <summary>One REST request as the fake received it. <see cref="Path"/> is relative to the API base (e.g. <c>/channels/1/messages</c>).</summary>
public sealed record RecordedRequest(
    long Number,
    string Method,
    string Path,
    string? Template,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    DateTimeOffset ReceivedAt,
    int Status)
{
    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public override string ToString() => $"#{Number} {Method} {Template ?? Path} → {Status}";
}
