using System.Text.RegularExpressions;

namespace MeetingBot.Tests.Architecture;

/// <summary>
/// The roster service owns the Members table: one place for look-ups and for the policy that links an
/// Entra id to a member (docs/design-meetings.md, "Roster and identity"). A second querier is how three
/// linking policies grew before, so the source is scanned for any other use of the DbSet.
/// </summary>
public sealed partial class MembersOwnershipTests
{
    private static readonly string[] Owners = ["Storage/RosterStore.cs", "Storage/RosterStore.Identity.cs", "Storage/MeetingBotDbContext.cs"];

    // The context's DbSet (db.Members, context.Members) or the set by its row type.
    [GeneratedRegex(@"\b(db|context|dbContext)\s*\.\s*Members\b|Set<MemberRow>")]
    private static partial Regex MembersQuery();

    [Fact]
    public void Source_MembersTable_QueriedOnlyByTheRosterStore()
    {
        var src = Path.Combine(RepositoryRoot(), "src");

        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(src, "MeetingBot"), f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/Migrations/", StringComparison.Ordinal))
            .Where(f => !Owners.Contains(f))
            .Where(f => MembersQuery().IsMatch(File.ReadAllText(Path.Combine(src, "MeetingBot", f))))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void MembersQuery_DbSetUse_Matched()
    {
        Assert.Matches(MembersQuery(), "await db.Members.AsNoTracking()");
        Assert.Matches(MembersQuery(), "db.Set<MemberRow>().Where(");
        Assert.DoesNotMatch(MembersQuery(), "attendance.Members.Where(m => m.Answer is null)");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MeetingBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MeetingBot.sln not found above " + AppContext.BaseDirectory);
    }
}
