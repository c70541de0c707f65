namespace StoryBot.FakeDiscord;
