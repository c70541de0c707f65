using StoryBot.Settings;

namespace StoryBot.Tests.Settings;

public sealed class SettingsCatalogTests
{
    [Theory]
    [InlineData("passages", "1", true)]
    [InlineData("passages", "5", true)]
    [InlineData("passages", "0", false)]
    [InlineData("passages", "6", false)]
    [InlineData("passages", "3.5", false)]
    [InlineData("cooldown", "0", true)]
    [InlineData("cooldown", "3600", true)]
    [InlineData("cooldown", "3601", false)]
    [InlineData("cooldown", "-5", false)]
    [InlineData("visibility", "public", true)]
    [InlineData("visibility", "ephemeral", true)]
    [InlineData("visibility", "Public!", false)]
    [InlineData("mentions", "true", true)]
    [InlineData("mentions", "false", true)]
    [InlineData("mentions", "1", false)]
    [InlineData("moderator-role", "520", true)]
    [InlineData("moderator-role", "5,20", false)]
    [InlineData("answer-channels", "510", false)]
    public void Single_values_are_checked_against_each_settings_range(string key, string value, bool valid)
    {
        var setting = SettingsCatalog.Find(key)!;

        Assert.Equal(valid, setting.ValidateValue(value) is null);
    }

    [Theory]
    [InlineData("disabled-commands", "ask", true)]
    [InlineData("disabled-commands", "help", true)]
    [InlineData("disabled-commands", "config", false)]
    [InlineData("disabled-commands", "mention", false)]
    [InlineData("answer-channels", "510", true)]
    [InlineData("answer-channels", "510,511", false)]
    [InlineData("answer-channels", "", false)]
    public void List_items_are_checked_too(string key, string item, bool valid)
    {
        Assert.Equal(valid, SettingsCatalog.Find(key)!.ValidateItem(item) is null);
    }

    [Fact]
    public void Setting_names_are_found_whatever_their_case_and_unknown_names_are_not()
    {
        Assert.Same(SettingsCatalog.Cooldown, SettingsCatalog.Find(" Cooldown "));
        Assert.Null(SettingsCatalog.Find("volume"));
    }

    [Fact]
    public void Every_default_reads_back_from_the_default_settings()
    {
        Assert.All(SettingsCatalog.All, s => Assert.Equal(s.DefaultValue, s.Read(GuildSettings.Default)));
    }

    [Fact]
    public void Stored_values_that_no_longer_validate_fall_back_to_the_default()
    {
        var settings = SettingsCatalog.ToSettings(
        [
            new("passages", "9"),
            new("cooldown", "45"),
            new("disabled-commands", "ask,teleport"),
            new("retired-setting", "x"),
        ]);

        Assert.Equal(3, settings.PassagesPerAnswer);
        Assert.Equal(45, settings.CooldownSeconds);
        Assert.Empty(settings.DisabledCommands);
    }
}
