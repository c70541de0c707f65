using System.Globalization;
using System.Text;
using StoryBot.Knowledge.Corpus;

namespace StoryBot.Benchmarks.Corpus;

/// <summary>A generated article; renders to the index-data file format and to the <see cref="Article"/> the parser would produce.</summary>
public sealed record SyntheticArticle(
    string Id,
    string Title,
    string Source,
    string Url,
    DateTimeOffset Published,
    IReadOnlyList<SyntheticParagraph> Paragraphs)
{
    public string FileName => Id + ".md";

    public string ToMarkdown() => Render(out _);

    public Article ToArticle(string filePath)
    {
        Render(out var paragraphs);
        return new Article(Id, Title, Source, Url, Published, Section: null, PhotoCredit: null, paragraphs, filePath);
    }

    private string Render(out List<Paragraph> paragraphs)
    {
        var text = new StringBuilder();
        var line = 0;
        void Line(string value)
        {
            text.Append(value).Append('\n');
            line++;
        }

        Line("---");
        Line($"title: {Title}");
        Line($"source: {Source}");
        Line($"url: {Url}");
        Line($"published: {Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        Line("---");

        paragraphs = new List<Paragraph>(Paragraphs.Count);
        string? heading = null;
        foreach (var paragraph in Paragraphs)
        {
            if (paragraph.Heading is not null && paragraph.Heading != heading)
            {
                heading = paragraph.Heading;
                Line($"## {heading}");
                Line("");
            }

            paragraphs.Add(new Paragraph(paragraphs.Count + 1, heading, paragraph.Text, line + 1));
            Line(paragraph.Text);
            Line("");
        }

        return text.ToString();
    }
}

/// <summary>A body paragraph and the <c>## </c> heading it sits under, if any.</summary>
public sealed record SyntheticParagraph(string? Heading, string Text);
