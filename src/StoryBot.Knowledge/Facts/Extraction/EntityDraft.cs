namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>What is known so far about one person, group or organisation while facts are being gathered.</summary>
internal sealed class EntityDraft(string name, EntityKind kind)
{
    public string Name { get; } = name;
    public EntityKind Kind { get; set; } = kind;
    public List<RoleFact> Roles { get; } = [];
    public List<string> Descriptions { get; } = [];
    public List<FactSource> Sources { get; } = [];

    /// <summary>True when the text says they signed, false when it says they did not, null when it says neither.</summary>
    public bool? Signed { get; set; }

    /// <summary>Set when a curated file decided <see cref="Signed"/>, so it wins over every article's extraction.</summary>
    public bool SignedCurated { get; set; }

    /// <summary>Set when a curated file listed the roles, so extracted roles from other articles do not come back.</summary>
    public bool RolesCurated { get; set; }

    public void AddSource(FactSource source)
    {
        if (!Sources.Contains(source)) Sources.Add(source);
    }

    public void AddDescription(string description)
    {
        if (!Descriptions.Contains(description, StringComparer.OrdinalIgnoreCase)) Descriptions.Add(description);
    }

    public void AddRole(RoleFact role)
    {
        if (!Roles.Any(r => r.Phrase.Equals(role.Phrase, StringComparison.OrdinalIgnoreCase))) Roles.Add(role);
        AddSource(role.Source);
    }
}
