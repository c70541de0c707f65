namespace StoryBot.Discord;
