using System.Globalization;
using System.Text.RegularExpressions;

namespace StoryBot.Knowledge.Corpus;

/// <summary>Parses the index-data article format: a front-matter block, then paragraphs and <c>## </c> headings.</summary>
public static partial class ArticleParser
{
    private const string Fence = "---";

    /// <exception cref="ArticleFormatException">The text is not a valid article; names the file and line.</exception>
    public static Article Parse(string text, string filePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(filePath);

        var lines = SplitLines(text);
        var (fields, bodyStart) = ReadFrontMatter(lines, filePath);
        var paragraphs = ReadBody(lines, bodyStart, filePath);

        return new Article(
            Id: Path.GetFileNameWithoutExtension(filePath),
            Title: Required(fields, "title", filePath, bodyStart),
            Source: Required(fields, "source", filePath, bodyStart),
            Url: ParseUrl(fields, filePath),
            Published: ParsePublished(fields, filePath, bodyStart),
            Section: Optional(fields, "section"),
            PhotoCredit: Optional(fields, "photo_credit"),
            Paragraphs: paragraphs,
            FilePath: filePath);
    }

    private static string[] SplitLines(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        return text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
    }

    /// <summary>Front-matter values by normalised key, with the 1-based line each came from.</summary>
    private static (Dictionary<string, (string Value, int Line)> Fields, int BodyStart) ReadFrontMatter(string[] lines, string filePath)
    {
        var open = 0;
        while (open < lines.Length && lines[open].Trim().Length == 0)
            open++;
        if (open == lines.Length || lines[open].Trim() != Fence)
            throw new ArticleFormatException(filePath, Math.Min(open, lines.Length - 1) + 1,
                "missing front matter: the file must start with a '---' line, then 'key: value' lines, then '---'");

        var fields = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        for (var i = open + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == Fence)
                return (fields, i + 1);
            if (line.Length == 0 || line.StartsWith('#'))
                continue;

            var match = KeyValue().Match(line);
            if (!match.Success)
            {
                // Without a closing fence further down, the real mistake is the missing fence, not this line.
                if (!lines.Skip(i + 1).Any(l => l.Trim() == Fence))
                    break;
                throw new ArticleFormatException(filePath, i + 1,
                    $"expected 'key: value' in the front matter, found '{Shorten(line)}'");
            }

            var key = match.Groups[1].Value.ToLowerInvariant().Replace('-', '_');
            if (fields.ContainsKey(key))
                throw new ArticleFormatException(filePath, i + 1, $"'{key}' is given twice (first on line {fields[key].Line})");
            fields[key] = (Unquote(match.Groups[2].Value.Trim()), i + 1);
        }

        throw new ArticleFormatException(filePath, open + 1,
            "the front matter opened here is never closed: add a '---' line after the last 'key: value' line");
    }

    private static List<Paragraph> ReadBody(string[] lines, int bodyStart, string filePath)
    {
        var paragraphs = new List<Paragraph>();
        string? heading = null;
        var pending = new List<string>();
        var pendingLine = 0;

        void Flush()
        {
            if (pending.Count == 0)
                return;
            paragraphs.Add(new Paragraph(paragraphs.Count + 1, heading, string.Join(' ', pending), pendingLine));
            pending.Clear();
        }

        for (var i = bodyStart; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var headingMatch = Heading().Match(line);
            if (headingMatch.Success)
            {
                Flush();
                var title = headingMatch.Groups[1].Value.Trim();
                heading = title.Length == 0 ? null : title;
                continue;
            }

            if (pending.Count == 0)
                pendingLine = i + 1;
            pending.Add(line);
        }
        Flush();

        if (paragraphs.Count == 0)
            throw new ArticleFormatException(filePath, Math.Min(bodyStart + 1, lines.Length),
                "the article has no body: add paragraphs after the front matter, separated by blank lines");
        return paragraphs;
    }

    private static string Required(Dictionary<string, (string Value, int Line)> fields, string key, string filePath, int frontMatterEnd)
    {
        if (fields.TryGetValue(key, out var field) && field.Value.Length > 0)
            return field.Value;
        throw new ArticleFormatException(filePath, frontMatterEnd,
            $"the front matter has no '{key}': add a '{key}: ...' line before this closing '---'");
    }

    private static string? Optional(Dictionary<string, (string Value, int Line)> fields, string key) =>
        fields.TryGetValue(key, out var field) && field.Value.Length > 0 ? field.Value : null;

    private static string? ParseUrl(Dictionary<string, (string Value, int Line)> fields, string filePath)
    {
        if (!fields.TryGetValue("url", out var field) || field.Value.Length == 0)
            return null;
        if (Uri.TryCreate(field.Value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return field.Value;
        throw new ArticleFormatException(filePath, field.Line, $"url '{Shorten(field.Value)}' is not an absolute http(s) address");
    }

    private static DateTimeOffset ParsePublished(Dictionary<string, (string Value, int Line)> fields, string filePath, int frontMatterEnd)
    {
        var value = Required(fields, "published", filePath, frontMatterEnd);
        var line = fields["published"].Line;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (DateTimeWithOffset().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
            return moment;
        throw new ArticleFormatException(filePath, line,
            $"published '{Shorten(value)}' is not a date (2023-03-29) or a date-time with offset (2023-03-29T10:27:00-04:00)");
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_-]*)\s*:(?:\s+(.*)|)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^#{1,6}(?:\s+(.*)|)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex DateTimeWithOffset();
}
