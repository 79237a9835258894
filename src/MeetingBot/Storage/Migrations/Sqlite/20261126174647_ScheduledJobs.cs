using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeetingBot.Storage.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MeetingKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UniqueKey = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    DueAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    NextAttemptAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseExpiresAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MovedManually = table.Column<bool>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobDeliveries",
                columns: table => new
                {
                    JobId = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetKey = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false)
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
