using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace StoryBot.FakeDiscord.OpenApi;

/// <summary>
/// Checks a request against Discord's OpenAPI 3.1 spec: the method and path must be an operation, and a JSON body must
/// match the operation's request schema. As Discord's spec README says, fields typed <c>integer</c> also accept integer
/// strings (e.g. <c>default_member_permissions</c>, which the docs send as a string). The spec is parsed once per process.
/// </summary>
public sealed partial class OpenApiValidator
{
    private static readonly Uri SpecUri = new("https://discord.test/openapi.json");
    private static readonly Lazy<OpenApiValidator> Shared = new(() => Load(FindSpec()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IReadOnlyList<Operation> _operations;
    private readonly BuildOptions _buildOptions;
    // Lazy: GetOrAdd may run its factory twice for one key under concurrent requests, and building a schema twice
    // registers its URI twice, which the schema registry refuses (the request would fail with a 500).
    private readonly ConcurrentDictionary<Operation, Lazy<JsonSchema>> _schemas = new();

    private OpenApiValidator(JsonElement spec)
    {
        var registry = new SchemaRegistry();
        registry.Register(SpecUri, new JsonElementBaseDocument(spec, SpecUri));
        _buildOptions = new BuildOptions { SchemaRegistry = registry };
        _operations = ReadOperations(spec);
    }

    /// <summary>The validator for /work-style layouts: <c>../shared/discord/openapi.json</c> above the repository root.</summary>
    public static OpenApiValidator Default => Shared.Value;

    public static OpenApiValidator Load(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty");
        // Only request bodies and the schemas they reference matter; responses are most of the file.
        foreach (var (_, pathItem) in node["paths"]!.AsObject())
            foreach (var (_, operation) in pathItem!.AsObject())
                (operation as JsonObject)?.Remove("responses");
        node["components"]!.AsObject().Remove("responses");
        Relax(node);
        using var document = JsonDocument.Parse(node.ToJsonString());
        return new OpenApiValidator(document.RootElement.Clone());
    }

    /// <summary>Finds <c>shared/discord/openapi.json</c> beside (or inside) a parent of the working directory.</summary>
    public static string FindSpec()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "discord", "openapi.json"), Path.Combine(dir.FullName, "..", "shared", "discord", "openapi.json") })
                if (File.Exists(candidate))
                    return Path.GetFullPath(candidate);
        }
        throw new FileNotFoundException("Discord's OpenAPI spec (../shared/discord/openapi.json above the repository) was not found.");
    }

    /// <summary>The spec's path template for a request, e.g. <c>/channels/{channel_id}/messages</c>, or null if there is none.</summary>
    public string? FindTemplate(string method, string path) => Find(method, path)?.Template;

    /// <summary>Why the request is not allowed by the spec; empty when it is.</summary>
    public IReadOnlyList<string> Validate(string method, string path, string? body)
    {
        var operation = Find(method, path);
        if (operation is null)
            return [$"the spec has no operation {method.ToUpperInvariant()} {path}"];
        if (string.IsNullOrEmpty(body))
            return operation.BodyRequired ? ["the operation requires a JSON body"] : [];
        if (operation.BodySchema is null)
            return ["the operation takes no JSON body"];

        JsonDocument instance;
        try
        {
            instance = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return ["the body is not JSON: " + ex.Message];
        }
        using (instance)
        {
            var schema = _schemas.GetOrAdd(operation, op => new Lazy<JsonSchema>(
                () => JsonSchema.Build(op.BodySchema!.Value, _buildOptions, new Uri($"https://discord.test/operations/{op.Id}")))).Value;
            // The flag check stops at the first failure and is fast; the detailed one only runs to explain a failure.
            if (schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
                return [];
            var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            var errors = (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({e.Key}): {e.Value}"))
                .Distinct()
                .Take(20)
                .ToList();
            return errors.Count > 0 ? errors : ["the body does not match the operation's schema"];
        }
    }

    private Operation? Find(string method, string path)
    {
        var trimmed = path.Split('?')[0];
        return _operations
            .Where(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase) && o.Pattern.IsMatch(trimmed))
            .OrderByDescending(o => o.LiteralSegments)
            .FirstOrDefault();
    }

    private static List<Operation> ReadOperations(JsonElement spec)
    {
        var operations = new List<Operation>();
        var id = 0;
        foreach (var pathItem in spec.GetProperty("paths").EnumerateObject())
        {
            var template = pathItem.Name;
            var pattern = new Regex("^" + TemplateParameter().Replace(Regex.Escape(template).Replace("\\{", "{", StringComparison.Ordinal), "[^/]+") + "/?$", RegexOptions.CultureInvariant);
            var literals = template.Split('/', StringSplitOptions.RemoveEmptyEntries).Count(s => !s.StartsWith('{'));
            foreach (var op in pathItem.Value.EnumerateObject())
            {
                if (op.Name is not ("get" or "put" or "post" or "patch" or "delete"))
                    continue;
                JsonElement? schema = null;
                var required = false;
                if (op.Value.TryGetProperty("requestBody", out var requestBody))
                {
                    required = requestBody.TryGetProperty("required", out var r) && r.GetBoolean();
                    if (requestBody.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json)
                        && json.TryGetProperty("schema", out var s))
                        schema = s.Clone();
                }
                operations.Add(new Operation(id++, op.Name, template, pattern, literals, schema, required));
            }
        }
        return operations;
    }

    /// <summary>Makes <c>$ref</c>s absolute, lets integers also be integer strings, drops vendor extensions.</summary>
    private static void Relax(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                // Vendor extensions (x-discord-union) are not JSON Schema keywords.
                foreach (var key in obj.Select(p => p.Key).Where(k => k.StartsWith("x-", StringComparison.Ordinal)).ToList())
                    obj.Remove(key);
                if (obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target) && target.StartsWith("#/", StringComparison.Ordinal))
                    obj["$ref"] = SpecUri + target;
                if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var single) && single == "integer")
                    obj["type"] = new JsonArray("integer", "string");
                else if (obj["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "integer") && !types.Any(t => t?.GetValue<string>() == "string"))
                    types.Add("string");
                else
                    goto recurse;
                obj["pattern"] ??= "^-?[0-9]+$";
            recurse:
                foreach (var (_, child) in obj.ToList())
                    Relax(child);
                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                    Relax(child);
                break;
        }
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex TemplateParameter();

    private sealed record Operation(int Id, string Method, string Template, Regex Pattern, int LiteralSegments, JsonElement? BodySchema, bool BodyRequired);
}
