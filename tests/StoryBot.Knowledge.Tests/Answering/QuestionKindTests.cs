namespace StoryBot.Knowledge.Tests.Answering;

/// <summary>Each kind of question gets a short answer cut from the right sentence of a story the code never saw.</summary>
public sealed class QuestionKindTests
{
    private readonly StoryBot.Knowledge.Answering.QuestionAnswerer _answerer = DroneStory.Answerer();

    [Fact]
    public void Who_did_something_is_answered_with_the_agent_of_a_passive()
    {
        var answer = _answerer.Ask("Who drafted the measure?");
        AnswerAssert.Says(answer, "Priya Natarajan");
        AnswerAssert.EvidenceFirst(answer, "drafted by council member Priya Natarajan");
    }

    [Fact]
    public void How_long_is_answered_with_the_duration()
    {
        var answer = _answerer.Ask("For how long will drone deliveries be suspended?");
        AnswerAssert.Says(answer, "90 days");
        Assert.True(answer.Text!.Length < 40, answer.Text);
    }

    [Fact]
    public void How_many_is_answered_with_the_count_and_its_noun()
    {
        var answer = _answerer.Ask("How many firefighters fought the blaze?");
        AnswerAssert.Says(answer, "More than 40 firefighters");
        AnswerAssert.EvidenceFirst(answer, "More than 40 firefighters fought the blaze");
    }

    [Fact]
    public void What_measure_is_answered_with_the_number_before_the_asked_noun()
    {
        var article = DroneStory.Make("campus-exams", "Campus Daily", "Tutoring pays off", null,
            ("The News", "The district's new tutoring program helped its pupils pass most state tests and score in the 85th percentile of the math exam for high schoolers."));
        var answerer = new StoryBot.Knowledge.Answering.QuestionAnswerer([article], StoryBot.Knowledge.Answering.StoryFacts.None);

        AnswerAssert.Says(answerer.Ask("What percentile did the pupils score on the math exam?"), "85th percentile");
    }

    [Fact]
    public void Who_was_a_description_is_answered_with_the_name_that_description_follows()
    {
        var article = DroneStory.Make("harbor-petition", "Harbor Gazette", "Petition gathers names", null,
            ("The News", "Supporters of the petition include Maria Chen, a nurse; Tom Baker, a baker and a 2019 mayoral candidate; and Lena Ruiz, the mayor of Eastport."));
        var answerer = new StoryBot.Knowledge.Answering.QuestionAnswerer([article], StoryBot.Knowledge.Answering.StoryFacts.None);

        AnswerAssert.Says(answerer.Ask("Who was a 2019 mayoral candidate?"), "Tom Baker");
    }

    [Fact]
    public void When_is_answered_with_the_date_phrase()
    {
        AnswerAssert.Says(_answerer.Ask("When did the council vote?"), "Tuesday");
        AnswerAssert.Says(_answerer.Ask("When did drone deliveries begin in Harbor City?"), "2021");
    }

    [Fact]
    public void What_something_is_part_of_is_read_after_the_dangling_preposition()
    {
        var answer = _answerer.Ask("What is Northwind a subsidiary of?");
        AnswerAssert.Says(answer, "Meridian Group");
        Assert.DoesNotContain("drones", answer.Text!);
    }

    [Fact]
    public void What_kind_of_is_answered_with_the_modifier()
    {
        AnswerAssert.Says(_answerer.Ask("What kind of fire destroyed the warehouse?"), "battery fire");
    }

    [Fact]
    public void Who_did_it_is_found_through_a_relative_clause()
    {
        AnswerAssert.Says(_answerer.Ask("Who voted against the measure?"), "Ana Lopez");
    }

    [Fact]
    public void Who_is_someone_is_answered_with_their_role()
    {
        var answer = _answerer.Ask("Who is Daniel Ortiz?");
        AnswerAssert.Says(answer, "CEO of Northwind Robotics");
        Assert.Contains(answer.Facts, f => f.Contains("Daniel Ortiz", StringComparison.Ordinal));
    }

    [Fact]
    public void Who_holds_a_role_is_answered_from_the_facts()
    {
        AnswerAssert.Says(_answerer.Ask("Who is the CEO of Northwind Robotics?"), "Daniel Ortiz");
    }

    [Fact]
    public void What_someone_said_is_their_quote()
    {
        var answer = _answerer.Ask("What did Daniel Ortiz say?");
        AnswerAssert.Says(answer, "a step backwards");
        AnswerAssert.EvidenceFirst(answer, "Northwind Robotics CEO Daniel Ortiz said");
    }

    [Fact]
    public void Why_is_answered_with_the_reason()
    {
        AnswerAssert.Says(_answerer.Ask("Why did the council suspend drone deliveries?"), "battery fire");
    }

    [Fact]
    public void Where_is_answered_with_the_place()
    {
        AnswerAssert.Says(_answerer.Ask("Where did drone deliveries begin in 2021?"), "Harbor City");
    }

    [Fact]
    public void Did_someone_sign_is_yes_for_a_signatory_and_no_for_someone_only_mentioned()
    {
        var yes = _answerer.Ask("Did Samuel Reyes sign the petition?");
        Assert.StartsWith("Yes", yes.Text);
        var no = _answerer.Ask("Did Ana Lopez sign the petition?");
        Assert.StartsWith("No", no.Text);
        Assert.Contains("Ana Lopez", no.Text);
    }

    [Fact]
    public void Who_signed_lists_the_signatories()
    {
        AnswerAssert.Says(_answerer.Ask("Who signed the petition?"), "Samuel Reyes");
    }

    [Fact]
    public void Publication_questions_use_the_article_metadata()
    {
        var answer = _answerer.Ask("When was the article published?");
        AnswerAssert.Says(answer, "May 14, 2024");
        Assert.Contains("May 14, 2024", answer.Passages[0].Text);
        AnswerAssert.Says(_answerer.Ask("What is the headline of the story?"), "City council pauses drone deliveries");
    }

    [Fact]
    public void Passages_are_best_first_at_most_five_with_source_and_highlights()
    {
        var answer = _answerer.Ask("How many drones does Northwind operate?");
        AnswerAssert.Says(answer, "about 300 drones");
        Assert.InRange(answer.Passages.Count, 1, 5);
        var first = answer.Passages[0];
        Assert.Equal("Harbor Gazette", first.Source);
        Assert.Equal("Know More", first.Heading);
        Assert.Contains("**drones**", first.Highlighted);
        Assert.True(answer.Passages.Zip(answer.Passages.Skip(1)).Skip(1).All(p => p.First.Score >= p.Second.Score));
    }
}
