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
    private readonly QuestionAnswerer _answerer;
    private readonly QuestionSuggester _suggester;
    private readonly Dictionary<string, Article> _articlesById;

    private StoryKnowledge(IReadOnlyList<Article> articles, IReadOnlyList<CorpusError> errors)
    {
        Articles = articles;
        Errors = errors;
        Index = StoryIndex.Build(articles);
        Facts = FactBook.Build(articles);
        _articlesById = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _answerer = new QuestionAnswerer(articles, Facts);
        _suggester = new QuestionSuggester(Facts, articles.Count > 0);
    }

    /// <summary>Loads <c>{dataDirectory}/articles/*.md</c>, indexes them and extracts facts.</summary>
    public static StoryKnowledge Load(string dataDirectory)
    {
        var result = CorpusLoader.Load(Path.Combine(dataDirectory, "articles"));
        return new StoryKnowledge(result.Articles, result.Errors);
    }

    public static StoryKnowledge FromArticles(IReadOnlyList<Article> articles) => new(articles, []);

    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Files that failed to load; the rest of the corpus is still served.</summary>
    public IReadOnlyList<CorpusError> Errors { get; }

    public StoryIndex Index { get; }

    public FactBook Facts { get; }

    public Answer Ask(string question, CancellationToken cancellationToken = default) =>
        _answerer.Ask(question, cancellationToken);

    /// <summary>Passages for a free-text search, best first, with source details.</summary>
    public IReadOnlyList<SupportingPassage> Search(string query, int maxResults = 10) =>
        Index.Search(query, maxResults)
            .Where(hit => _articlesById.ContainsKey(hit.Passage.ArticleId))
            .Select(hit =>
            {
                var article = _articlesById[hit.Passage.ArticleId];
                return new SupportingPassage(hit.Passage.Text, hit.Highlighted, article.Source, article.Title, article.Url,
                    article.Published, hit.Passage.Heading, hit.Passage.ParagraphNumber, hit.Score);
            })
            .ToList();

    /// <summary>Questions the story can answer that start with or contain <paramref name="typed"/>, for autocomplete.</summary>
    public IReadOnlyList<string> SuggestQuestions(string typed, int maxResults = 25) => _suggester.Suggest(typed, maxResults);

    public void Dispose() => Index.Dispose();
}
