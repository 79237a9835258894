using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeetingBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Meetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Protocols_MeetingId",
                table: "Protocols");

            migrationBuilder.AddColumn<string>(
                name: "Decisions",
                table: "AgendaItems",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateIndex(
                name: "IX_Protocols_MeetingId",
                table: "Protocols",
                column: "MeetingId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Protocols_MeetingId",
                table: "Protocols");

            migrationBuilder.DropColumn(
                name: "Decisions",
                table: "AgendaItems");

            migrationBuilder.CreateIndex(
                name: "IX_Protocols_MeetingId",
                table: "Protocols",
                column: "MeetingId");
        }
    }
}
