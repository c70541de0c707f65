using System.Text.Json.Nodes;

namespace StoryBot.FakeDiscord.Gateway;

/// <summary>A payload the client sent on the gateway, with the connection it came on.</summary>
public sealed record GatewayFrame(int ConnectionNumber, string Endpoint, int Op, JsonNode? D, DateTimeOffset ReceivedAt)
{
    public override string ToString() => $"conn {ConnectionNumber} ({Endpoint}) op {Op}";
}
