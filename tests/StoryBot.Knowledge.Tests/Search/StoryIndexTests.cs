using StoryBot.Knowledge.Corpus;
using StoryBot.Knowledge.Search;

namespace StoryBot.Knowledge.Tests.Search;

/// <summary>The seed article and the two shared ones, indexed once for all the tests in the class.</summary>
public sealed class ThreeArticleIndex : IDisposable
{
    public StoryIndex Index { get; } = StoryIndex.Build(
        [.. CorpusLoader.Load(RepoPaths.SeedArticles).Articles, .. CorpusLoader.Load(RepoPaths.MoreArticles).Articles]);

    public void Dispose() => Index.Dispose();
}

public sealed class StoryIndexTests(ThreeArticleIndex fixture) : IClassFixture<ThreeArticleIndex>
{
    private const string SeedId = "semafor-2023-03-29-musk-open-letter";
    private readonly StoryIndex _index = fixture.Index;

    [Fact]
    public void Indexes_every_paragraph_and_sentence_with_its_place()
    {
        var sentences = _index.PassagesOf(SeedId);

        Assert.Equal(14, sentences.Count); // 13 paragraphs, one of them two sentences long
        Assert.All(sentences, s => Assert.Equal(PassageKind.Sentence, s.Kind));
        var feud = _index.SentenceAt(SeedId, 11, 2);
        Assert.NotNull(feud);
        Assert.StartsWith("Musk helped found and fund OpenAI", feud.Text);
        Assert.Equal("Step Back", feud.Heading);
        Assert.Equal(3, _index.Articles.Count);
        Assert.Equal(_index.Passages.Count, _index.PassageCount);
        Assert.Null(_index.SentenceAt(SeedId, 99, 1));
        Assert.Empty(_index.PassagesOf("no-such-article"));
    }

    [Fact]
    public void Finds_passages_by_stem()
    {
        var best = _index.Search("who organised the letters", 1, PassageKind.Sentence, SeedId).Single();

        Assert.Contains("organized by the Future of Life Institute", best.Passage.Text);
        Assert.Contains("**organized**", best.Highlighted);
    }

    [Theory]
    [InlineData("co-founder Pinterest")]
    [InlineData("cofounder Pinterest")]
    [InlineData("co founder Pinterest")]
    [InlineData("founder of Pinterest")]
    public void Finds_cofounders_however_spelled(string query)
    {
        var best = _index.Search(query, 1, PassageKind.Sentence).Single();

        Assert.Contains("Pinterest cofounder Evan Sharp", best.Passage.Text);
        Assert.Contains("**Pinterest cofounder**", best.Highlighted);
    }

    [Fact]
    public void Highlights_a_hyphenated_cofounder_whole()
    {
        var hit = _index.Search("Wozniak cofounder", 1, PassageKind.Sentence, SeedId).Single();

        Assert.Contains("Apple **co-founder** Steve **Wozniak**", hit.Highlighted);
    }

    [Theory]
    [InlineData("1100 people")]
    [InlineData("1,100 people")]
    public void Finds_numbers_with_or_without_thousands_separators(string query)
    {
        var best = _index.Search(query, 1, PassageKind.Sentence).Single();

        Assert.Equal("As of Wednesday morning, over 1,100 people had added their names to the letter.", best.Passage.Text);
        Assert.Contains("**1,100 people**", best.Highlighted);
    }

    [Fact]
    public void Matches_possessives_to_the_plain_name()
    {
        var hits = _index.Search("Google parent company", 1, PassageKind.Sentence, SeedId);

        Assert.Contains("**Google's parent company**", Assert.Single(hits).Highlighted);
    }

    [Fact]
    public void Highlighted_sentence_is_the_whole_sentence_with_marks()
    {
        var hit = _index.Search("Emad Mostaque Stability", 1, PassageKind.Sentence).Single();

        Assert.Equal(hit.Passage.Text, hit.Highlighted.Replace("**", "", StringComparison.Ordinal));
        Assert.Contains("**Emad Mostaque**, CEO of **Stability** AI", hit.Highlighted);
    }

    [Fact]
    public void Filters_by_kind_and_article()
    {
        var paragraphs = _index.Search("letter", 50, PassageKind.Paragraph);
        var newsweek = _index.Search("letter", 50, articleId: "newsweek-2023-03-29");

        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, h => Assert.Equal(PassageKind.Paragraph, h.Passage.Kind));
        Assert.NotEmpty(newsweek);
        Assert.All(newsweek, h => Assert.Equal("newsweek-2023-03-29", h.Passage.ArticleId));
        Assert.Empty(_index.Search("letter", 10, articleId: "no-such-article"));
    }

    [Fact]
    public void Ranks_the_phrase_above_scattered_words()
    {
        var best = _index.Search("Future of Life Institute", 1, PassageKind.Sentence, SeedId).Single();

        Assert.Contains("**Future of Life Institute**", best.Highlighted);
    }

    [Fact]
    public void Finds_acronyms_written_with_dots_or_without()
    {
        var hits = _index.Search("AI tools profound risks", 1, PassageKind.Sentence, "nytimes-2023-03-29");

        Assert.Contains("**A.I**. **tools** present “**profound risks**", Assert.Single(hits).Highlighted);
    }

    public static TheoryData<string> HostileQueries() => new()
    {
        "AND ((\"",
        "title:*",
        "~~~",
        "*:* OR -",
        "\"unterminated",
        "text:[a TO z}",
        "NOT",
        "\\",
        "",
        "   ",
        "😀🔥🤖",
        "\u200B\u200C\u200D\uFEFF",
        "Qui a organisé la lettre ?",
        "谁组织了这封信？",
        "Кто подписал письмо?",
        new string('x', 10_000),
        string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"word{i}")),
        string.Concat(Enumerable.Repeat("Musk ", 2_000)),
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Hostile_queries_return_results_or_nothing_without_throwing(string query)
    {
        var hits = _index.Search(query, 5);

        Assert.True(hits.Count <= 5);
        Assert.All(hits, h => Assert.False(string.IsNullOrEmpty(h.Highlighted)));
    }

    [Fact]
    public void Syntax_in_a_query_is_read_as_words()
    {
        var hits = _index.Search("Wozniak AND ((\"", 1, PassageKind.Sentence);

        Assert.Contains("Wozniak", Assert.Single(hits).Passage.Text);
    }

    [Fact]
    public void Non_positive_result_counts_return_nothing()
    {
        Assert.Empty(_index.Search("Musk", 0));
        Assert.Empty(_index.Search("Musk", -3));
    }

    [Fact]
    public void Counts_passages_holding_a_term()
    {
        var mostaque = StoryAnalyzer.Terms("Mostaque").Single();

        // The paragraph and the sentence it is made of, twice: "Emad Mostaque, CEO…" and "Mostaque said…".
        Assert.Equal(4, _index.DocumentFrequency(mostaque));
        Assert.Equal(0, _index.DocumentFrequency("pichai"));
    }

    [Fact]
    public void Long_queries_use_at_most_64_terms()
    {
        var query = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"word{i}"));

        var built = StoryQuery.Build(query, "text");

        Assert.NotNull(built);
        Assert.Equal(StoryQuery.MaxTerms, built.Terms.Count);
    }

    [Fact]
    public void A_huge_result_count_is_clamped_to_the_passages_there_are()
    {
        var hits = _index.Search("letter", int.MaxValue);

        Assert.NotEmpty(hits);
        Assert.True(hits.Count <= _index.PassageCount);
    }

    [Fact]
    public void An_empty_corpus_searches_to_nothing()
    {
        using var empty = StoryIndex.Build([]);

        Assert.Empty(empty.Search("Musk"));
        Assert.Equal(0, empty.PassageCount);
    }

    [Fact]
    public void Searches_safely_from_many_threads()
    {
        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => _index.Search("Emad Mostaque", 1).Single().Passage).ToList();

        Assert.All(results, p => Assert.Equal(results[0], p));
    }
}
