using System.Globalization;
using StoryBot.Knowledge.Answering;
using StoryBot.Knowledge.Corpus;

namespace StoryBot.Commands;

/// <summary>How passages, sources and dates read in every reply.</summary>
public static class PassageFormatting
{
    /// <summary>The passage with matched words in **bold** (the highlighter's fragment), or its plain text.</summary>
    public static string Highlighted(SupportingPassage passage) =>
        string.IsNullOrWhiteSpace(passage.Highlighted) ? passage.Text : passage.Highlighted;

    /// <summary>True when the highlighter marked at least one of the asker's words in the passage.</summary>
    public static bool MatchesAnyWord(SupportingPassage passage) => passage.Highlighted?.Contains("**", StringComparison.Ordinal) == true;

    /// <summary>"Semafor · 29 March 2023 · https://…" (parts the article lacks are left out).</summary>
    public static string SourceLine(SupportingPassage passage) =>
        SourceLine(passage.Source, passage.Published, passage.Url);

    public static string SourceLine(Article article) => SourceLine(article.Source, article.Published, article.Url);

    public static string SourceLine(string source, DateTimeOffset? published, string? url) =>
        string.Join(" · ", new[] { source, Date(published), url }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public static string? Date(DateTimeOffset? published) =>
        published?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Semafor — Know More" or "Semafor — paragraph 4" when the passage sits under no heading.</summary>
    public static string Where(SupportingPassage passage) =>
        $"{passage.Source} — {passage.Heading ?? $"paragraph {passage.ParagraphNumber}"}";

    public static ReplyButton? ArticleLink(string? url, string label = "Read the article") =>
        string.IsNullOrWhiteSpace(url) ? null : new ReplyButton(label, Url: url);

    /// <summary>“…” around a quotation unless it already carries quote marks.</summary>
    public static string Quoted(string text)
    {
        // A quotation cut from its sentence often keeps the comma that led into "…, he said".
        var trimmed = text.Trim().TrimEnd(',', ';', ':').TrimEnd();
        return trimmed.Length > 0 && "\"“'‘".Contains(trimmed[0]) ? trimmed : $"“{trimmed}”";
    }
}
