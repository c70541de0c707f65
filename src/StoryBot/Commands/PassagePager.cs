using StoryBot.Knowledge.Answering;

namespace StoryBot.Commands;

/// <summary>
/// The "More passages" button shared by /ask and /search: makes the button, and answers a press with the next
/// page of passages, re-derived from the remembered query. Only the person who asked may page.
/// </summary>
public sealed class PassagePager(string commandName, RecentQueries queries)
{
    public const int PageSize = 3;

    /// <summary>Passages per page: the server's setting when it has one.</summary>
    public static int PageSizeFor(CommandContext context) => Math.Max(1, context.PassagesPerAnswer ?? PageSize);
    public const string MoreLabel = "More passages";

    public bool Owns(string actionId) => actionId.StartsWith(PageAction.PrefixFor(commandName), StringComparison.Ordinal);

    /// <summary>A button for the page starting at <paramref name="offset"/>, or null when no passage is left to show.</summary>
    public ReplyButton? MoreButton(string userId, string query, int offset, int passageCount) =>
        offset >= passageCount
            ? null
            : new ReplyButton(MoreLabel, ActionId: new PageAction(commandName, userId, offset, queries.Remember(query)).ToActionId());

    public Reply Press(string actionId, CommandContext context, Func<string, IReadOnlyList<SupportingPassage>> passagesFor)
    {
        var action = PageAction.TryParse(actionId, commandName);
        if (action is null)
            return Reply.Message("That button is not one I recognise. Try the command again.", ephemeral: true);
        if (!string.Equals(action.UserId, context.UserId, StringComparison.Ordinal))
            return Reply.Message($"Only the person who asked can page through these passages. Try /{commandName} yourself.", ephemeral: true);
        var query = queries.Recall(action.QueryKey);
        if (query is null)
            return Reply.Message($"Those passages are no longer available. Please run /{commandName} again.", ephemeral: true);

        var passages = passagesFor(query);
        var page = passages.Skip(action.Offset).Take(PageSizeFor(context)).ToList();
        if (page.Count == 0)
            return Reply.Message("There are no more passages for that.", ephemeral: true);

        var first = action.Offset + 1;
        var card = new ReplyCard
        {
            Title = $"More passages for “{query}”",
            Fields = [.. page.Select((p, i) => new ReplyField(
                $"{first + i}. {PassageFormatting.Where(p)}",
                PassageFormatting.Highlighted(p)))],
            Footer = $"Passages {first}–{first + page.Count - 1} of {passages.Count}",
        };
        var next = MoreButton(context.UserId, query, action.Offset + page.Count, passages.Count);
        return new Reply
        {
            Cards = [card],
            Buttons = [.. new[] { next, PassageFormatting.ArticleLink(page[0].Url) }.OfType<ReplyButton>()],
        };
    }
}
