using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeetingBot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CurrentAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CurrentAnswers",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    ReplyId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CurrentAnswers", x => new { x.MeetingId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_CurrentAnswers_AttendanceReplies_ReplyId",
                        column: x => x.ReplyId,
                        principalTable: "AttendanceReplies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CurrentAnswers_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CurrentAnswers_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CurrentAnswers_MemberId",
                table: "CurrentAnswers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CurrentAnswers_ReplyId",
                table: "CurrentAnswers",
                column: "ReplyId");

            migrationBuilder.Sql(CurrentAnswersBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CurrentAnswers");
        }
    }
}
