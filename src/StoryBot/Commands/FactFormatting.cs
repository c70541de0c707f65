using StoryBot.Knowledge;
using StoryBot.Knowledge.Facts;

namespace StoryBot.Commands;

/// <summary>How people, roles and the sentences facts come from read in /signatories and /quotes.</summary>
internal static class FactFormatting
{
    public static string NameWithRoles(Person person) =>
        person.Roles.Count == 0 ? $"**{person.Name}**" : $"**{person.Name}** — {string.Join("; ", person.Roles)}";

    /// <summary>The sentence a fact was read from, and the outlet that says it.</summary>
    public static string Evidence(StoryKnowledge knowledge, FactSource source)
    {
        var article = knowledge.Articles.FirstOrDefault(a => a.Id == source.ArticleId);
        return article is null ? source.Sentence : $"{source.Sentence}\n— {PassageFormatting.SourceLine(article)}";
    }

    public static string? UrlOf(StoryKnowledge knowledge, FactSource? source) =>
        source is null ? null : knowledge.Articles.FirstOrDefault(a => a.Id == source.ArticleId)?.Url;

    /// <summary>Names containing what the user typed (names starting with it first), for autocomplete.</summary>
    public static IReadOnlyList<CommandChoice> Matching(IEnumerable<string> names, string typed)
    {
        typed = typed.Trim();
        return [.. names
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(n => n.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Take(CommandRouter.MaxSuggestions)
            .Select(n => new CommandChoice(n, n))];
    }
}
