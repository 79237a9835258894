using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MeetingBot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ScheduledJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    FinishedAt = table.Column<string>(type: "character varying(28)", maxLength: 28, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledJobs", x => x.Id);
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

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledJobs_MeetingKey",
                table: "ScheduledJobs",
                column: "MeetingKey");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledJobs_State_NextAttemptAt",
                table: "ScheduledJobs",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledJobs_UniqueKey",
                table: "ScheduledJobs",
                column: "UniqueKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobDeliveries");

            migrationBuilder.DropTable(
                name: "ScheduledJobs");
        }
    }
}
