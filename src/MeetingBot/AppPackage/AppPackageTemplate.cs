using MeetingBot.Cli;

namespace MeetingBot.AppPackage;

/// <summary>
/// The <c>appPackage/</c> folder: <c>manifest.json</c> with <c>{{BOT_ID}}</c>, <c>{{HOST}}</c> and <c>{{VERSION}}</c>
/// placeholders, and the two icons. The build copies it next to the executable; from a source tree the
/// repository's own folder is found by walking up from the working directory.
/// </summary>
internal static class AppPackageTemplate
{
    public const string FolderName = "appPackage";
    public const string Manifest = "manifest.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    public static IReadOnlyList<string> Files { get; } = [Manifest, ColorIcon, OutlineIcon];

    public static DirectoryInfo Locate(DirectoryInfo? explicitFolder)
    {
        if (explicitFolder is not null)
        {
            return IsTemplate(explicitFolder.FullName)
                ? explicitFolder
                : throw new CliException($"{explicitFolder.FullName} does not hold {string.Join(", ", Files)}.");
        }

        var besideExecutable = Path.Combine(AppContext.BaseDirectory, FolderName);
        if (IsTemplate(besideExecutable))
        {
            return new DirectoryInfo(besideExecutable);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (IsTemplate(candidate))
            {
                return new DirectoryInfo(candidate);
            }
        }

        throw new CliException($"The app package template ({FolderName}/{Manifest} and its icons) was not found; pass --template DIR.");
    }

    private static bool IsTemplate(string folder) => Files.All(f => File.Exists(Path.Combine(folder, f)));
}
