using System.Text.Json.Nodes;

namespace StoryBot.FakeDiscord.Gateway;

/// <summary>A gateway session: its sequence counter and every dispatch sent in it (for replay on resume).</summary>
internal sealed class FakeSession(string id)
{
    public string Id { get; } = id;
    public SemaphoreSlim Lock { get; } = new(1, 1);
    public List<JsonObject> Sent { get; } = [];
    public int Sequence { get; set; }
    public bool Resumable { get; set; } = true;
    public FakeGatewayConnection? Live { get; set; }
}
