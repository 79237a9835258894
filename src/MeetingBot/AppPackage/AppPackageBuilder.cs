using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Cli;

namespace MeetingBot.AppPackage;

/// <summary>Fills the manifest template and zips it with the icons at the archive's root, the layout Teams admin upload expects.</summary>
internal static class AppPackageBuilder
{
    public static string FillManifest(string template, AppPackageSettings settings)
    {
        // The values were checked to be a GUID, a DNS name and a dotted version, so plain substitution cannot break the JSON.
        var text = template
            .Replace("{{BOT_ID}}", settings.BotId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{SSO_APP_ID}}", settings.SsoAppId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{HOST}}", settings.Host, StringComparison.Ordinal)
            .Replace("{{VERSION}}", settings.Version, StringComparison.Ordinal);
        if (text.Contains("{{", StringComparison.Ordinal))
        {
            throw new CliException($"The manifest template has a placeholder this command does not fill: {text[text.IndexOf("{{", StringComparison.Ordinal)..].Split("}}")[0]}}}.");
        }

        try
        {
            return JsonNode.Parse(text)!.ToJsonString(new JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
        }
        catch (JsonException ex)
        {
            throw new CliException($"The manifest template is not valid JSON: {ex.Message}");
        }
    }

    public static async Task WriteAsync(DirectoryInfo template, AppPackageSettings settings, FileInfo output, CancellationToken cancellationToken)
    {
        var manifest = FillManifest(await File.ReadAllTextAsync(Path.Combine(template.FullName, AppPackageTemplate.Manifest), cancellationToken), settings);
        output.Directory?.Create();

        // Written to a temporary file and moved, so a failed build never leaves a half-written package under the requested name.
        var temporary = output.FullName + ".tmp";
        await using (var stream = File.Create(temporary))
        await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            await AddAsync(zip, AppPackageTemplate.Manifest, Encoding.UTF8.GetBytes(manifest), cancellationToken);
            foreach (var icon in new[] { AppPackageTemplate.ColorIcon, AppPackageTemplate.OutlineIcon })
            {
                await AddAsync(zip, icon, await File.ReadAllBytesAsync(Path.Combine(template.FullName, icon), cancellationToken), cancellationToken);
            }
        }

        File.Move(temporary, output.FullName, overwrite: true);
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
    }
}
