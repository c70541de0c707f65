using StoryBot.Knowledge;

namespace StoryBot.Tests.Support;

/// <summary>The lighthouse story loaded once per test class, through the same facade the host uses.</summary>
public sealed class LighthouseKnowledge : IDisposable
{
    private readonly TestIndexData data = TestIndexData.WithLighthouseStory();

    public LighthouseKnowledge() => Knowledge = StoryKnowledge.Load(data.DataDirectory);

    public StoryKnowledge Knowledge { get; }

    public void Dispose()
    {
        Knowledge.Dispose();
        data.Dispose();
    }
}
