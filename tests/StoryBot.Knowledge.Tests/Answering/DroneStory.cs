using StoryBot.Knowledge.Answering;
using StoryBot.Knowledge.Corpus;
using StoryBot.Knowledge.Facts;

namespace StoryBot.Knowledge.Tests.Answering;

/// <summary>
/// A made-up local news story, written for these tests so that answering is shown to work on text it was
/// never tuned on, with facts written by hand so the answerer is tested apart from extraction.
/// </summary>
internal static class DroneStory
{
    public const string Id = "gazette-drones";

    public static readonly Article Article = Make(Id, "Harbor Gazette", "City council pauses drone deliveries after warehouse fire",
        new DateTimeOffset(2024, 5, 14, 9, 30, 0, TimeSpan.FromHours(-4)),
        ("The News", "The Harbor City council voted 7-2 on Tuesday to suspend drone deliveries for 90 days, after a battery fire destroyed a warehouse run by Northwind Robotics."),
        ("The News", "The measure, drafted by council member Priya Natarajan, requires operators to file a safety plan with the fire department before flights resume."),
        ("Know More", "Northwind Robotics CEO Daniel Ortiz said the company would comply but called the ban \"a step backwards for the city's small businesses.\""),
        ("Know More", "More than 40 firefighters fought the blaze, which started shortly after midnight, according to Fire Chief Helen Park."),
        ("Know More", "Northwind, a subsidiary of the logistics giant Meridian Group, operates about 300 drones in the region."),
        ("Know More", "Residents who signed a petition against the flights said the noise kept them awake, and the petition's organizer, retired teacher Samuel Reyes, welcomed the vote."),
        ("Step Back", "Drone deliveries began in Harbor City in 2021, when Northwind won a contract from the regional postal service."),
        ("Step Back", "Council member Ana Lopez, who voted against the measure, warned that the pause could cost the city hundreds of jobs."));

    public static readonly StoryFacts Facts = new(
        [
            Person("Daniel Ortiz", ["CEO of Northwind Robotics"], signed: false, paragraph: 3),
            Person("Priya Natarajan", ["council member"], signed: false, paragraph: 2),
            Person("Helen Park", ["Fire Chief"], signed: false, paragraph: 4),
            Person("Samuel Reyes", ["retired teacher", "organizer of the petition"], signed: true, paragraph: 6),
            Person("Ana Lopez", ["council member"], signed: false, paragraph: 8),
        ],
        [
            new Quote("Daniel Ortiz", "a step backwards for the city's small businesses.", Source(3)),
        ],
        [
            new KeyFigure("drones", "about 300", Source(5)),
        ]);

    public static QuestionAnswerer Answerer() => new([Article], Facts);

    public static FactSource Source(int paragraph) =>
        new(Id, paragraph, Article.Paragraphs[paragraph - 1].Text);

    private static Person Person(string name, IReadOnlyList<string> roles, bool signed, int paragraph) =>
        new(name, EntityKind.Person, roles, signed, [Source(paragraph)]);

    public static Article Make(string id, string source, string title, DateTimeOffset? published, params (string Heading, string Text)[] paragraphs) =>
        new(id, title, source, $"https://example.com/{id}", published, null, null,
            paragraphs.Select((p, i) => new Paragraph(i + 1, p.Heading, p.Text, i + 10)).ToList(), $"{id}.md");
}
