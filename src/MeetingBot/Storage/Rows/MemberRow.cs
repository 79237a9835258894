using MeetingBot.Core.Cards;
using MeetingBot.Core.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>A roster member. Email is stored trimmed and lower-cased so uniqueness matches how Exchange compares.</summary>
internal sealed class MemberRow
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Organisation { get; set; }

    public string? Email { get; set; }

    public MemberRole Role { get; set; }

    /// <summary>The Entra object id Teams sends as <c>from.aadObjectId</c>; known once the member has used the bot.</summary>
    public string? AadObjectId { get; set; }

    /// <summary>The language the member chose for their own cards and messages; null is the group's Swedish.</summary>
    public CardLanguage? Language { get; set; }
}

internal sealed class MemberRowConfiguration : IEntityTypeConfiguration<MemberRow>
{
    public void Configure(EntityTypeBuilder<MemberRow> member)
    {
        member.ToTable("Members");
        member.Property(m => m.Name).HasMaxLength(200);
        member.Property(m => m.Organisation).HasMaxLength(200);
        member.Property(m => m.Email).HasMaxLength(320);
        member.Property(m => m.Role).HasConversion(new LowercaseEnumConverter<MemberRole>()).HasMaxLength(20);
        member.Property(m => m.AadObjectId).HasMaxLength(64);
        member.Property(m => m.Language).HasConversion(new LowercaseEnumConverter<CardLanguage>()).HasMaxLength(16);

        // Both providers treat NULLs as distinct in a unique index, so "unique when present" needs no filter.
        member.HasIndex(m => m.Email).IsUnique();
        member.HasIndex(m => m.AadObjectId).IsUnique();

        // A person without an email is known by name and organisation (as protocols name them).
        member.HasIndex(m => new { m.Name, m.Organisation }).IsUnique();
    }
}
