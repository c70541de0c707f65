using System.Text;

namespace StoryBot.Knowledge.Answering;

/// <summary>Wraps the words of a sentence that match the question in ** (bold in Discord and Markdown).</summary>
internal static class Highlighter
{
    public static string Highlight(CatalogSentence sentence, QuestionAnalysis question)
    {
        var builder = new StringBuilder(sentence.Text.Length + 16);
        var at = 0;
        foreach (var token in sentence.Tokens)
        {
            if (!question.Terms.Any(t => SentenceRanker.TokenMatches(t, token))) continue;
            builder.Append(sentence.Text, at, token.Start - at).Append("**").Append(token.Text).Append("**");
            at = token.End;
        }
        builder.Append(sentence.Text, at, sentence.Text.Length - at);
        return builder.ToString();
    }
}
