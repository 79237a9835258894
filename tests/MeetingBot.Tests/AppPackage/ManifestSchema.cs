using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MeetingBot.Tests.Cards;

namespace MeetingBot.Tests.AppPackage;

/// <summary>
/// The official Teams manifest schema from npm <c>@microsoft/app-manifest</c> (pinned in tests/cards/package.json).
/// Its files declare draft-04 but use draft-06/07 keywords; JsonSchema.Net has no draft-04 dialect, so
/// <c>$schema</c> is rewritten to draft-07, which reads every keyword the schema uses.
/// </summary>
internal static class ManifestSchema
{
    public static string SchemaRoot { get; } = Path.Combine(
        CardOracle.RepositoryRoot, "tests", "cards", "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    /// <summary>The newest numbered version the package ships, e.g. "1.30"; vDevPreview is not a release.</summary>
    public static string NewestVersion()
    {
        if (!Directory.Exists(SchemaRoot))
        {
            throw new InvalidOperationException($"The manifest schemas are not installed: run 'npm ci --prefix tests/cards' (missing {SchemaRoot}).");
        }

        return Directory.GetDirectories(SchemaRoot)
            .Select(Path.GetFileName)
            .Where(name => name is not null && name.StartsWith("v1.", StringComparison.Ordinal))
            .Select(name => Version.Parse(name![1..]))
            .Max()!
            .ToString(2);
    }

    public static IReadOnlyList<string> Errors(string manifestJson, string version)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaRoot, "v" + version, "MicrosoftTeams.schema.json")))!;
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        var schema = JsonSchema.FromText(node.ToJsonString());
        using var manifest = JsonDocument.Parse(manifestJson);
        var result = schema.Evaluate(manifest.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
                .ToList();
    }
}
