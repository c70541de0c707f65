namespace StoryBot.Settings;

/// <summary>
/// A change a moderator asks for. The store applies it to the value it reads inside its write transaction, so two
/// moderators adding channels at the same time both get their channel added.
/// </summary>
public abstract record SettingEdit(SettingDefinition Setting)
{
    /// <summary>The new canonical value given the current one, or an error; nothing is applied when it fails.</summary>
    public abstract EditResult ApplyTo(string current);

    /// <summary>Sets a single-valued setting.</summary>
    public sealed record Assign(SettingDefinition Setting, string Value) : SettingEdit(Setting)
    {
        public override EditResult ApplyTo(string current) =>
            Setting.ValidateValue(Value) is { } error ? EditResult.Fail(error) : EditResult.To(Value);
    }

    public sealed record AddItem(SettingDefinition Setting, string Item) : SettingEdit(Setting)
    {
        public override EditResult ApplyTo(string current)
        {
            if (Setting.ValidateItem(Item) is { } error)
            {
                return EditResult.Fail(error);
            }
            var items = SettingDefinition.SplitList(current);
            if (!items.Contains(Item) && items.Count >= Setting.MaxItems)
            {
                return EditResult.Fail($"{Setting.Title} holds at most {Setting.MaxItems}; remove one first.");
            }
            return EditResult.To(SettingDefinition.JoinList(items.Append(Item)));
        }
    }

    public sealed record RemoveItem(SettingDefinition Setting, string Item) : SettingEdit(Setting)
    {
        public override EditResult ApplyTo(string current) => Setting.IsList
            ? EditResult.To(SettingDefinition.JoinList(SettingDefinition.SplitList(current).Where(i => i != Item)))
            : EditResult.Fail($"{Setting.Title} is not a list.");
    }

    /// <summary>Back to the default.</summary>
    public sealed record Reset(SettingDefinition Setting) : SettingEdit(Setting)
    {
        public override EditResult ApplyTo(string current) => EditResult.To(Setting.DefaultValue);
    }
}

public sealed record EditResult(string? NewValue, string? Error)
{
    public static EditResult To(string value) => new(value, null);
    public static EditResult Fail(string error) => new(null, error);
}
