using StoryBot.Knowledge.Answering;
using StoryBot.Knowledge.Corpus;
using StoryBot.Knowledge.Facts;
using StoryBot.Knowledge.Search;

namespace StoryBot.Knowledge;

/// <summary>
/// The one entry point the host uses: the loaded corpus, its index and facts, and question answering.
/// Build once at start-up and share; every member is safe to call from many threads.
/// </summary>
public sealed class StoryKnowledge : IDisposable
{
    /// <summary>Loads <c>{dataDirectory}/articles/*.md</c>, indexes them and extracts facts.</summary>
    public static StoryKnowledge Load(string dataDirectory) => throw new NotImplementedException();

    public static StoryKnowledge FromArticles(IReadOnlyList<Article> articles) => throw new NotImplementedException();

    public IReadOnlyList<Article> Articles => throw new NotImplementedException();

    /// <summary>Files that failed to load; the rest of the corpus is still served.</summary>
    public IReadOnlyList<CorpusError> Errors => throw new NotImplementedException();

    public StoryIndex Index => throw new NotImplementedException();

    public FactBook Facts => throw new NotImplementedException();

    public Answer Ask(string question, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Passages for a free-text search, best first, with source details.</summary>
    public IReadOnlyList<SupportingPassage> Search(string query, int maxResults = 10) => throw new NotImplementedException();

    /// <summary>Questions the story can answer that start with or contain <paramref name="typed"/>, for autocomplete.</summary>
    public IReadOnlyList<string> SuggestQuestions(string typed, int maxResults = 25) => throw new NotImplementedException();

    public void Dispose() => Index.Dispose();
}
