using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeetingBot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddMemberLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Members",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "Members");
        }
    }
}
