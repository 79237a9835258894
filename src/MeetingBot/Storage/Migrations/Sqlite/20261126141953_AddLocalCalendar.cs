using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeetingBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddLocalCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LocalCalendarEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SeriesId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlannedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartLocal = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndLocal = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    StartUtc = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    EndUtc = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AgendaUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    AttendeeEmails = table.Column<string>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CancelComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalCalendarEvents", x => x.Id);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LocalCalendarEvents");
        }
    }
}
