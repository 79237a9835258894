using System.Reflection;
using System.Xml.Linq;
using MeetingBot.BotFramework.Schema;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MeetingBot.BotFramework.Tests.Architecture;

/// <summary>
/// The protocol library knows nothing of the host or of meetings: it could serve any bot. Dependencies
/// point from the host to it, never back, and no meeting concept leaks into its types.
/// </summary>
public sealed class BotFrameworkIndependenceTests
{
    private static readonly Assembly Library = typeof(Activity).Assembly;

    /// <summary>The host, the domain and the storage and Graph stacks only the host uses.</summary>
    private static readonly string[] ForbiddenAssemblies = ["MeetingBot", "MeetingBot.Core", "MeetingBot.Cli"];

    private static readonly string[] ForbiddenPrefixes = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.Graph", "Microsoft.Kiota", "DocumentFormat.OpenXml"];

    /// <summary>What MeetingBot is about, as opposed to what the activity protocol is about.</summary>
    private static readonly string[] DomainWords = ["Meeting", "Agenda", "Protocol", "Member", "Rsvp", "Attendance", "Roster", "Secretariat", "Decision", "Series", "Speaker"];

    /// <summary>Wire types named as the Bot Framework schema names them: <c>channelData.meeting</c> and the Connector's <c>pagedmembers</c> answer.</summary>
    private static readonly string[] WireTypes = ["MeetingInfo", "PagedMembersResult"];

    [Fact]
    public void Library_ReferencedAssemblies_NeitherHostNorDomainNorStorage()
    {
        Assert.Empty(ForbiddenReferences(ReachableReferences(Library)));
    }

    [Fact]
    public void Library_ProjectFile_ReferencesNoOtherProject()
    {
        var project = XDocument.Load(ProjectFile());

        Assert.Empty(project.Descendants("ProjectReference").Select(r => (string?)r.Attribute("Include")));
        Assert.Empty(ForbiddenReferences(project.Descendants("PackageReference").Select(r => new AssemblyName((string)r.Attribute("Include")!))));
    }

    [Fact]
    public void Library_TypesAndNamespaces_NameNoMeetingConcept()
    {
        Assert.Empty(DomainNamed(Library.GetTypes()));
    }

    [Fact]
    public void ForbiddenReferences_HostOrDomainOrEf_AreFound()
    {
        AssemblyName[] references = [new("MeetingBot.Core, Version=1.0.0.0"), new("MeetingBot"), new("Microsoft.EntityFrameworkCore.Sqlite"), new("Azure.Identity")];

        Assert.Equal(["MeetingBot.Core", "MeetingBot", "Microsoft.EntityFrameworkCore.Sqlite"], ForbiddenReferences(references));
    }

    [Fact]
    public void DomainNamed_MeetingTypeOrNamespace_IsFound()
    {
        // The second is named harmlessly, but lives in a namespace about (OpenID Connect) protocols.
        Type[] types = [typeof(AgendaPoster), typeof(OpenIdConnectConfiguration), typeof(ConversationTypes)];

        Assert.Equal([typeof(AgendaPoster), typeof(OpenIdConnectConfiguration)], DomainNamed(types));
    }

    private static List<string> ForbiddenReferences(IEnumerable<AssemblyName> references) =>
        [.. references.Select(r => r.Name!)
            .Where(name => ForbiddenAssemblies.Contains(name, StringComparer.OrdinalIgnoreCase) || ForbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))];

    private static List<Type> DomainNamed(IEnumerable<Type> types) =>
        [.. types
            .Where(t => !t.Name.StartsWith('<') && !WireTypes.Contains(t.Name, StringComparer.Ordinal))
            .Where(t => DomainWords.Any(w => t.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || OwnNamespace(t).Contains(w, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The namespace below the product name, which itself says "Meeting".</summary>
    private static string OwnNamespace(Type type) =>
        type.Namespace is { } ns && ns.StartsWith("MeetingBot", StringComparison.Ordinal) ? ns["MeetingBot".Length..] : type.Namespace ?? string.Empty;

    /// <summary>The library's references and, through each that loads, theirs: a dependency that drags the host in counts too.</summary>
    private static List<AssemblyName> ReachableReferences(Assembly root)
    {
        var seen = new Dictionary<string, AssemblyName>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<AssemblyName>(root.GetReferencedAssemblies());
        while (pending.TryDequeue(out var name))
        {
            if (!seen.TryAdd(name.Name!, name) || name.Name!.StartsWith("System", StringComparison.Ordinal) || name.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
                {
                    pending.Enqueue(reference);
                }
            }
            catch (FileNotFoundException)
            {
                // Not deployed with the tests, so not needed at run time; its name was still checked.
            }
        }

        return [.. seen.Values];
    }

    private static string ProjectFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "MeetingBot.BotFramework", "MeetingBot.BotFramework.csproj");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("src/MeetingBot.BotFramework/MeetingBot.BotFramework.csproj not found above " + AppContext.BaseDirectory);
    }

    private sealed class AgendaPoster;
}
