using System.Text;
using System.Text.RegularExpressions;
using StoryBot.Commands;

namespace StoryBot.Console;

/// <summary>
/// Renders a <see cref="Reply"/> as plain text: the text, each card (title, description, fields — inline ones on one
/// line — and footer), then the buttons, numbered so they can be pressed by typing their number. With <c>ansi</c>,
/// **bold** becomes terminal bold; otherwise the ** marks stay as they are.
/// </summary>
public sealed partial class ConsoleReplyRenderer(bool ansi = false)
{
    private const string BoldOn = "\u001b[1m";
    private const string BoldOff = "\u001b[22m";
    private const string Indent = "  ";

    public string Render(Reply reply)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(reply.Text))
            text.AppendLine(Style(reply.Text));
        foreach (var card in reply.Cards)
        {
            if (text.Length > 0)
                text.AppendLine();
            text.AppendLine(ansi ? BoldOn + card.Title + BoldOff : card.Title);
            if (!string.IsNullOrWhiteSpace(card.Description))
                AppendIndented(text, card.Description, Indent);
            foreach (var field in card.Fields)
            {
                if (field.Inline && !field.Value.Contains('\n'))
                {
                    text.AppendLine($"{Indent}{Style(field.Name)}: {Style(field.Value)}");
                    continue;
                }
                text.AppendLine(Indent + Style(field.Name) + ":");
                AppendIndented(text, field.Value, Indent + Indent);
            }
            if (!string.IsNullOrWhiteSpace(card.Footer))
                text.AppendLine(Indent + Style(card.Footer));
        }
        for (var i = 0; i < reply.Buttons.Count; i++)
        {
            var button = reply.Buttons[i];
            text.AppendLine(button.Url is null ? $"[{i + 1}] {button.Label}" : $"[{i + 1}] {button.Label}: {button.Url}");
        }
        return text.ToString().TrimEnd();
    }

    private void AppendIndented(StringBuilder text, string value, string indent)
    {
        foreach (var line in value.ReplaceLineEndings("\n").Split('\n'))
            text.AppendLine(indent + Style(line));
    }

    private string Style(string value)
    {
        // Discord's channel and role mentions (<#id>, <@&id>, <@id>) read as #name and @name at the console.
        value = Mention().Replace(value, m => (m.Groups[1].Value == "#" ? "#" : "@") + m.Groups[2].Value);
        return ansi ? Bold().Replace(value, BoldOn + "$1" + BoldOff) : value;
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"<(#|@&|@!?)([\w-]+)>")]
    private static partial Regex Mention();
}
