using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeetingBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ManualDeliveryJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Request",
                table: "ScheduledJobs",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledJobs_OneRequestInFlight",
                table: "ScheduledJobs",
                columns: new[] { "Kind", "MeetingKey" },
                unique: true,
                filter: "\"Request\" IS NOT NULL AND \"State\" IN ('pending', 'running')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ScheduledJobs_OneRequestInFlight",
                table: "ScheduledJobs");

            migrationBuilder.DropColumn(
                name: "Request",
                table: "ScheduledJobs");
        }
    }
}
