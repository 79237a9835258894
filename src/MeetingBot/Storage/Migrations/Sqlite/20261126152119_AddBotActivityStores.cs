using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeetingBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddBotActivityStores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BotConversationReferences",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConversationType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    BotId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BotName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UserAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UpdatedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotConversationReferences", x => x.ConversationId);
                });

            migrationBuilder.CreateTable(
                name: "BotProcessedActivities",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    InvokeStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    InvokeBody = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotProcessedActivities", x => new { x.ConversationId, x.ActivityId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_BotConversationReferences_UserAadObjectId",
                table: "BotConversationReferences",
                column: "UserAadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_BotProcessedActivities_ExpiresAt",
                table: "BotProcessedActivities",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BotConversationReferences");

            migrationBuilder.DropTable(
                name: "BotProcessedActivities");
        }
    }
}
