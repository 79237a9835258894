using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MeetingBot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgendaChannel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ChosenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ChosenAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaChannel", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BotConversationReferences",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ServiceUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    ChannelId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConversationType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    BotId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    BotName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UserId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UserAadObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UpdatedAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotConversationReferences", x => x.ConversationId);
                });

            migrationBuilder.CreateTable(
                name: "BotProcessedActivities",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false),
                    InvokeStatus = table.Column<int>(type: "integer", nullable: true),
                    InvokeBody = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotProcessedActivities", x => new { x.ConversationId, x.ActivityId });
                });

            migrationBuilder.CreateTable(
                name: "GraphSubscriptions",
                columns: table => new
                {
                    Resource = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    SubscriptionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NotificationUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ExpiresAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false),
                    UpdatedAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GraphSubscriptions", x => x.Resource);
                });

            migrationBuilder.CreateTable(
                name: "LocalCalendarEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExternalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SeriesId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlannedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartLocal = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndLocal = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    StartUtc = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false),
                    EndUtc = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AgendaUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    AttendeeEmails = table.Column<List<string>>(type: "text[]", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    IsCancelled = table.Column<bool>(type: "boolean", nullable: false),
                    CancelComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalCalendarEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeriesKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartLocal = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndLocal = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartUtc = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false),
                    EndUtc = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false),
                    Location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExternalEventId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    JoinUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AadObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledJobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MeetingKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UniqueKey = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    DueAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false),
                    NextAttemptAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeaseExpiresAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MovedManually = table.Column<bool>(type: "boolean", nullable: false),
                    FinishedAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: true),
                    Request = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeriesCancellations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeriesId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlannedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CancelledAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeriesCancellations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: true),
                    Presenters = table.Column<List<string>>(type: "text[]", nullable: false),
                    Attachments = table.Column<List<string>>(type: "text[]", nullable: false),
                    Decisions = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JusteringVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ProtocolRevision = table.Column<int>(type: "integer", nullable: false),
                    DocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JusteringVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JusteringVersions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Protocols",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Room = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: true),
                    SavedAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Protocols", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Protocols_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AttendanceReplies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    Response = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubstituteName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceReplies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttendanceReplies_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AttendanceReplies_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JusteringSignatories",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JusteringSignatories", x => new { x.MeetingId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_JusteringSignatories_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JusteringSignatories_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostedCards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ServiceUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ActivityId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: true),
                    PostedAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostedCards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostedCards_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PostedCards_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SeriesSignatories",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeriesSignatories", x => new { x.Year, x.MemberId });
                    table.ForeignKey(
                        name: "FK_SeriesSignatories_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JobDeliveries",
                columns: table => new
                {
                    JobId = table.Column<long>(type: "bigint", nullable: false),
                    TargetKey = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    ActivityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SentBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobDeliveries", x => new { x.JobId, x.TargetKey });
                    table.ForeignKey(
                        name: "FK_JobDeliveries_ScheduledJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "ScheduledJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JusteradProtocols",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    VersionId = table.Column<int>(type: "integer", nullable: false),
                    JusteradAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sealed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JusteradProtocols", x => x.MeetingId);
                    table.ForeignKey(
                        name: "FK_JusteradProtocols_JusteringVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "JusteringVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JusteradProtocols_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JusteringAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VersionId = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredByAadObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AnsweredAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JusteringAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JusteringAnswers_JusteringVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "JusteringVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JusteringAnswers_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProtocolId = table.Column<int>(type: "integer", nullable: false),
                    ProtocolYear = table.Column<int>(type: "integer", nullable: false),
                    ProtocolNumber = table.Column<int>(type: "integer", nullable: false),
                    ItemNumber = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Owner = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Task = table.Column<string>(type: "text", nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: true),
                    DueText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    DoneBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DoneAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assignments_Protocols_ProtocolId",
                        column: x => x.ProtocolId,
                        principalTable: "Protocols",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProtocolId = table.Column<int>(type: "integer", nullable: false),
                    ItemNumber = table.Column<int>(type: "integer", nullable: false),
                    ItemTitle = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_Protocols_ProtocolId",
                        column: x => x.ProtocolId,
                        principalTable: "Protocols",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtocolItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProtocolId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: true),
                    Presenters = table.Column<List<string>>(type: "text[]", nullable: false),
                    Attachments = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtocolItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtocolItems_Protocols_ProtocolId",
                        column: x => x.ProtocolId,
                        principalTable: "Protocols",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtocolParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProtocolId = table.Column<int>(type: "integer", nullable: false),
                    Attendance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtocolParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtocolParticipants_Protocols_ProtocolId",
                        column: x => x.ProtocolId,
                        principalTable: "Protocols",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_Position",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_Due",
                table: "Assignments",
                column: "Due");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_ProtocolId",
                table: "Assignments",
                column: "ProtocolId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_ProtocolYear_ProtocolNumber_ItemNumber_Position",
                table: "Assignments",
                columns: new[] { "ProtocolYear", "ProtocolNumber", "ItemNumber", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceReplies_MeetingId_MemberId_Source_RecordedAt",
                table: "AttendanceReplies",
                columns: new[] { "MeetingId", "MemberId", "Source", "RecordedAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceReplies_MemberId",
                table: "AttendanceReplies",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_BotConversationReferences_UserAadObjectId",
                table: "BotConversationReferences",
                column: "UserAadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_BotProcessedActivities_ExpiresAt",
                table: "BotProcessedActivities",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_ProtocolId_ItemNumber_Position",
                table: "Decisions",
                columns: new[] { "ProtocolId", "ItemNumber", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JusteradProtocols_VersionId",
                table: "JusteradProtocols",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_JusteringAnswers_MemberId",
                table: "JusteringAnswers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_JusteringAnswers_VersionId_MemberId",
                table: "JusteringAnswers",
                columns: new[] { "VersionId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_JusteringSignatories_MemberId",
                table: "JusteringSignatories",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_JusteringVersions_MeetingId_Version",
                table: "JusteringVersions",
                columns: new[] { "MeetingId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LocalCalendarEvents_ExternalId",
                table: "LocalCalendarEvents",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LocalCalendarEvents_SeriesId_PlannedDate",
                table: "LocalCalendarEvents",
                columns: new[] { "SeriesId", "PlannedDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_ExternalEventId",
                table: "Meetings",
                column: "ExternalEventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_SeriesKey_Date",
                table: "Meetings",
                columns: new[] { "SeriesKey", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_StartUtc",
                table: "Meetings",
                column: "StartUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Members_AadObjectId",
                table: "Members",
                column: "AadObjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_Email",
                table: "Members",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_Name_Organisation",
                table: "Members",
                columns: new[] { "Name", "Organisation" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostedCards_MeetingId_Kind_ConversationId",
                table: "PostedCards",
                columns: new[] { "MeetingId", "Kind", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostedCards_MemberId",
                table: "PostedCards",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolItems_ProtocolId_Number",
                table: "ProtocolItems",
                columns: new[] { "ProtocolId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProtocolParticipants_ProtocolId_Attendance_Position",
                table: "ProtocolParticipants",
                columns: new[] { "ProtocolId", "Attendance", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Protocols_MeetingId",
                table: "Protocols",
                column: "MeetingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Protocols_Number_Year",
                table: "Protocols",
                columns: new[] { "Number", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledJobs_MeetingKey",
                table: "ScheduledJobs",
                column: "MeetingKey");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledJobs_OneRequestInFlight",
                table: "ScheduledJobs",
                columns: new[] { "Kind", "MeetingKey" },
                unique: true,
                filter: "\"Request\" IS NOT NULL AND \"State\" IN ('pending', 'running')");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledJobs_State_NextAttemptAt",
                table: "ScheduledJobs",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledJobs_UniqueKey",
                table: "ScheduledJobs",
                column: "UniqueKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeriesCancellations_SeriesId_PlannedDate",
                table: "SeriesCancellations",
                columns: new[] { "SeriesId", "PlannedDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeriesSignatories_MemberId",
                table: "SeriesSignatories",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaChannel");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "AttendanceReplies");

            migrationBuilder.DropTable(
                name: "BotConversationReferences");

            migrationBuilder.DropTable(
                name: "BotProcessedActivities");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropTable(
                name: "GraphSubscriptions");

            migrationBuilder.DropTable(
                name: "JobDeliveries");

            migrationBuilder.DropTable(
                name: "JusteradProtocols");

            migrationBuilder.DropTable(
                name: "JusteringAnswers");

            migrationBuilder.DropTable(
                name: "JusteringSignatories");

            migrationBuilder.DropTable(
                name: "LocalCalendarEvents");

            migrationBuilder.DropTable(
                name: "PostedCards");

            migrationBuilder.DropTable(
                name: "ProtocolItems");

            migrationBuilder.DropTable(
                name: "ProtocolParticipants");

            migrationBuilder.DropTable(
                name: "SeriesCancellations");

            migrationBuilder.DropTable(
                name: "SeriesSignatories");

            migrationBuilder.DropTable(
                name: "ScheduledJobs");

            migrationBuilder.DropTable(
                name: "JusteringVersions");

            migrationBuilder.DropTable(
                name: "Protocols");

            migrationBuilder.DropTable(
                name: "Members");

            migrationBuilder.DropTable(
                name: "Meetings");
        }
    }
}
