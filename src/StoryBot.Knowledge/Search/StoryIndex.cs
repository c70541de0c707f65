using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Search;

/// <summary>
/// The Lucene.Net index over every article's sentences and paragraphs. Thread-safe for searching;
/// any user text is accepted as a query (it is never parsed as Lucene syntax).
/// </summary>
public sealed class StoryIndex : IDisposable
{
    public static StoryIndex Build(IReadOnlyList<Article> articles) => throw new NotImplementedException();

    public IReadOnlyList<Article> Articles => throw new NotImplementedException();

    public int PassageCount => throw new NotImplementedException();

    /// <summary>Best passages first. <paramref name="kind"/> null searches both sentences and paragraphs.</summary>
    public IReadOnlyList<PassageHit> Search(string query, int maxResults = 10, PassageKind? kind = null, string? articleId = null)
        => throw new NotImplementedException();

    public void Dispose() { }
}
