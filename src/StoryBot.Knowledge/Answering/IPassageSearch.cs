using StoryBot.Knowledge.Search;

namespace StoryBot.Knowledge.Answering;

/// <summary>The full-text search the answerer consults for its BM25 signal; <see cref="StoryIndex"/> in production.</summary>
internal interface IPassageSearch
{
    IReadOnlyList<PassageHit> Search(string query, int maxResults, PassageKind? kind, string? articleId);
}

internal sealed class StoryIndexSearch(StoryIndex index) : IPassageSearch
{
    public IReadOnlyList<PassageHit> Search(string query, int maxResults, PassageKind? kind, string? articleId) =>
        index.Search(query, maxResults, kind, articleId);
}
