using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeetingBot.Storage.Migrations.PostgreSql
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

            migrationBuilder.AddColumn<List<string>>(
                name: "Decisions",
                table: "AgendaItems",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

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
