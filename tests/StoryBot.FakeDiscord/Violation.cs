namespace StoryBot.FakeDiscord;

/// <summary>Something the client sent that real Discord would refuse (bad body, broken limit, missing header, wrong route…).</summary>
public sealed record Violation(string Kind, string Request, string Detail)
{
    public override string ToString() => $"[{Kind}] {Request}: {Detail}";
}
