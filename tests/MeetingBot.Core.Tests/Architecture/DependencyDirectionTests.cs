using System.Reflection;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Tests.Architecture;

/// <summary>Dependencies point inward: the domain knows nothing of hosting, HTTP, storage or Microsoft's clouds.</summary>
public sealed class DependencyDirectionTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Graph", "Microsoft.Kiota", "Azure.",
        "Npgsql", "Microsoft.Data.Sqlite", "System.Net.Http", "MeetingBot.BotFramework", "MeetingBot,", "Microsoft.Extensions.Hosting",
    ];

    [Fact]
    public void Core_ReferencedAssemblies_NoFrameworkOrAdapter()
    {
        var references = typeof(Protocol).Assembly.GetReferencedAssemblies().Select(a => a.FullName).ToList();

        var forbidden = references.Where(r => ForbiddenPrefixes.Any(p => r.StartsWith(p, StringComparison.Ordinal))).ToList();

        Assert.Empty(forbidden);
    }

    [Fact]
    public void Core_Types_NoneUseHttpClient()
    {
        var offenders = typeof(Protocol).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                .Where(f => f.FieldType.Namespace?.StartsWith("System.Net", StringComparison.Ordinal) == true)
                .Select(f => $"{t.FullName}.{f.Name}"))
            .ToList();

        Assert.Empty(offenders);
    }
}
