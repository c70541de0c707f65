using System.Text.Json.Nodes;

namespace StoryBot.FakeDiscord.Rest;

/// <summary>
/// Discord's documented limits that the OpenAPI schemas state more loosely or not at all (PROTOCOL.md §6, §12):
/// 2,000-character content, embed limits, 5 rows × 5 buttons, custom ids 1–100, 25 choices or options.
/// </summary>
internal static class DiscordLimits
{
    public static List<string> CheckCallback(JsonNode? body)
    {
        var errors = new List<string>();
        if (body is JsonObject callback) CheckCallback(callback, errors);
        return errors;
    }

    public static List<string> CheckMessage(JsonNode? body)
    {
        var errors = new List<string>();
        if (body is JsonObject message) CheckMessage(message, errors);
        return errors;
    }

    public static List<string> CheckCommands(JsonNode? body)
    {
        var errors = new List<string>();
        if (body is JsonArray commands)
            foreach (var command in commands) CheckCommand(command as JsonObject, errors, "command");
        return errors;
    }

    private static void CheckCallback(JsonObject callback, List<string> errors)
    {
        if (callback["data"] is not JsonObject data) return;
        if (data["choices"] is JsonArray choices)
            CheckChoices(choices, errors, "data.choices");
        CheckMessage(data, errors);
    }

    private static void CheckMessage(JsonObject message, List<string> errors)
    {
        if (Text(message["content"]) is { Length: > 2000 } content)
            errors.Add($"content is {content.Length} characters (limit 2000)");
        if (message["embeds"] is JsonArray embeds)
        {
            if (embeds.Count > 10) errors.Add($"{embeds.Count} embeds (limit 10)");
            var total = 0;
            foreach (var embed in embeds.OfType<JsonObject>())
            {
                total += Limit(embed["title"], 256, "embed title", errors);
                total += Limit(embed["description"], 4096, "embed description", errors);
                total += Limit(embed["footer"]?["text"], 2048, "embed footer text", errors);
                total += Limit(embed["author"]?["name"], 256, "embed author name", errors);
                if (embed["fields"] is JsonArray fields)
                {
                    if (fields.Count > 25) errors.Add($"{fields.Count} embed fields (limit 25)");
                    foreach (var field in fields.OfType<JsonObject>())
                    {
                        if (string.IsNullOrWhiteSpace(Text(field["name"])) || string.IsNullOrWhiteSpace(Text(field["value"])))
                            errors.Add("an embed field has an empty name or value");
                        total += Limit(field["name"], 256, "embed field name", errors);
                        total += Limit(field["value"], 1024, "embed field value", errors);
                    }
                }
            }
            if (total > 6000) errors.Add($"embeds total {total} characters (limit 6000)");
        }
        if (message["components"] is JsonArray rows)
        {
            if (rows.Count > 5) errors.Add($"{rows.Count} action rows (limit 5)");
            var customIds = new HashSet<string>();
            foreach (var row in rows.OfType<JsonObject>())
            {
                if (row["components"] is not JsonArray buttons) continue;
                if (buttons.Count is 0 or > 5) errors.Add($"an action row has {buttons.Count} components (1–5)");
                foreach (var button in buttons.OfType<JsonObject>())
                {
                    var style = button["style"]?.GetValue<int>();
                    var customId = Text(button["custom_id"]);
                    if (style == 5)
                    {
                        if (string.IsNullOrEmpty(Text(button["url"]))) errors.Add("a link button has no url");
                        if (customId is not null) errors.Add("a link button has a custom_id");
                    }
                    else if (customId is null or { Length: 0 or > 100 })
                        errors.Add($"custom_id must be 1–100 characters (got {customId?.Length ?? 0})");
                    else if (!customIds.Add(customId))
                        errors.Add($"custom_id '{customId}' is used twice in one message");
                    Limit(button["label"], 80, "button label", errors);
                }
            }
        }
    }

    private static void CheckCommand(JsonObject? command, List<string> errors, string where)
    {
        if (command is null) return;
        var name = Text(command["name"]) ?? "";
        if (name.Length is 0 or > 32 || name != name.ToLowerInvariant())
            errors.Add($"{where} name '{name}' must be 1–32 lowercase characters");
        var description = Text(command["description"]) ?? "";
        if (description.Length is 0 or > 100)
            errors.Add($"{where} '{name}' description must be 1–100 characters");
        if (command["options"] is JsonArray options)
        {
            if (options.Count > 25) errors.Add($"{where} '{name}' has {options.Count} options (limit 25)");
            var seenOptional = false;
            foreach (var option in options.OfType<JsonObject>())
            {
                var required = option["required"]?.GetValue<bool>() == true;
                if (required && seenOptional) errors.Add($"{where} '{name}': required option after an optional one");
                seenOptional |= !required;
                if (option["choices"] is JsonArray choices)
                {
                    CheckChoices(choices, errors, $"{where} '{name}' choices");
                    if (option["autocomplete"]?.GetValue<bool>() == true) errors.Add($"{where} '{name}': autocomplete together with choices");
                }
                CheckCommand(option, errors, "option");
            }
        }
    }

    private static void CheckChoices(JsonArray choices, List<string> errors, string where)
    {
        if (choices.Count > 25) errors.Add($"{where}: {choices.Count} choices (limit 25)");
        foreach (var choice in choices.OfType<JsonObject>())
        {
            var name = Text(choice["name"]) ?? "";
            if (name.Length is 0 or > 100) errors.Add($"{where}: choice name must be 1–100 characters (got {name.Length})");
            if (Text(choice["value"]) is { Length: > 100 } value) errors.Add($"{where}: string choice value is {value.Length} characters (limit 100)");
        }
    }

    private static int Limit(JsonNode? node, int max, string what, List<string> errors)
    {
        var text = Text(node);
        if (text is null) return 0;
        var length = text.Trim().Length;
        if (length > max) errors.Add($"{what} is {length} characters (limit {max})");
        return length;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
