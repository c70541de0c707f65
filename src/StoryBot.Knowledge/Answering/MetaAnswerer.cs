using System.Globalization;
using StoryBot.Knowledge.Answering.Text;
using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Answering;

/// <summary>Answers questions about the article itself — when it was published, its headline, outlet, section, photo credit.</summary>
internal static class MetaAnswerer
{
    /// <summary>
    /// Null when the question is not about the article itself. Otherwise the answer, whose Draft is null when
    /// the article does not record what was asked (an author, say).
    /// </summary>
    public static (Draft? Draft, Article Article)? Answer(QuestionAnalysis q, IReadOnlyList<Article> scope)
    {
        if (!q.IsAboutPublication || scope.Count == 0) return null;
        var keys = q.Tokens.Select(t => t.Key).ToHashSet();
        var article = scope.OrderByDescending(a => Tokenizer.Tokenize(a.Title).Count(t => keys.Contains(t.Key) && !StopWords.Contains(t.Lower))).First();
        var asks = (string key) => keys.Contains(key);

        string? text = null;
        string? fact = null;
        if (asks("author") || asks("byline") || asks("write") || asks("wrote") || asks("report"))
        {
            return (null, article); // the front matter names no author
        }
        if (q.Kind is QuestionKind.Who or QuestionKind.Which && (asks("publish") || asks("outlet") || asks("sourc") || asks("public")))
        {
            text = $"It was published by {article.Source}";
            fact = $"source: {article.Source}";
        }
        else if (q.Kind == QuestionKind.When || asks("publish") || asks("date") || asks("post"))
        {
            if (article.Published is { } published)
            {
                var date = published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
                text = $"The story was published on {date}";
                fact = $"published: {date}";
            }
        }
        else if (asks("headlin") || asks("titl") || (q.Kind == QuestionKind.What && asks("about")))
        {
            text = $"The headline is \u201C{article.Title}\u201D";
            fact = $"title: {article.Title}";
        }
        else if (asks("outlet") || asks("publish") || asks("sourc") || asks("public") || (q.Kind == QuestionKind.Which && asks("newspap")))
        {
            text = $"It was published by {article.Source}";
            fact = $"source: {article.Source}";
        }
        else if (asks("section") && article.Section is { } section)
        {
            text = $"It ran in the {section} section";
            fact = $"section: {section}";
        }
        else if ((asks("photo") || asks("pictur") || asks("imag") || asks("credit")) && article.PhotoCredit is { } credit)
        {
            text = $"The photo is credited to {credit}";
            fact = $"photo credit: {credit}";
        }
        else if ((asks("link") || asks("url")) && article.Url is { } url)
        {
            text = $"It is at {url}";
            fact = $"url: {url}";
        }
        if (text is null || fact is null) return (null, article);
        return (new Draft(AnswerText.Sentence(text), 0.95, [fact], []), article);
    }

    /// <summary>The article's front matter as a passage, so the evidence for a publication answer can be shown.</summary>
    public static SupportingPassage Passage(Article article)
    {
        var when = article.Published is { } p
            ? ", published " + p.ToString("MMM d, yyyy", CultureInfo.InvariantCulture) + (p.TimeOfDay != TimeSpan.Zero ? ", " + p.ToString("h:mmtt", CultureInfo.InvariantCulture).ToLowerInvariant() : "")
            : "";
        var text = $"{article.Source}{when}: \u201C{article.Title}\u201D";
        return new SupportingPassage(text, text, article.Source, article.Title, article.Url, article.Published, null, 0, 1f);
    }
}
