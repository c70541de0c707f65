using StoryBot.Knowledge.Tests.Facts;

namespace StoryBot.Knowledge.Tests.Answering;

/// <summary>The seed article plus two other outlets' real articles about the same letter, loaded once.</summary>
public sealed class ThreeOutletsFixture : IDisposable
{
    public StoryKnowledge Knowledge { get; } =
        StoryKnowledge.FromArticles([TestArticles.Seed(), .. TestArticles.MoreArticles()]);

    public void Dispose() => Knowledge.Dispose();
}
