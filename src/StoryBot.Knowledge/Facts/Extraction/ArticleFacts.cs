using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>The facts of one article: extracted by the rules, then corrected by its curated file if it has one.</summary>
internal sealed class ArticleFacts
{
    public required Article Article { get; init; }
    public List<EntityDraft> People { get; } = [];
    public List<EntityDraft> Organisations { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<KeyFigure> Figures { get; } = [];

    public EntityDraft Person(string name, EntityKind kind = EntityKind.Person) =>
        Find(People, name) ?? Add(People, new EntityDraft(name, kind));

    public EntityDraft Organisation(string name) =>
        Find(Organisations, name) ?? Add(Organisations, new EntityDraft(name, EntityKind.Organisation));

    private static EntityDraft? Find(List<EntityDraft> list, string name) =>
        list.FirstOrDefault(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static EntityDraft Add(List<EntityDraft> list, EntityDraft draft)
    {
        list.Add(draft);
        return draft;
    }
}
