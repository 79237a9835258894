using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MeetingBot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddJustering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_SeriesSignatories_MemberId",
                table: "SeriesSignatories",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JusteradProtocols");

            migrationBuilder.DropTable(
                name: "JusteringAnswers");

            migrationBuilder.DropTable(
                name: "JusteringSignatories");

            migrationBuilder.DropTable(
                name: "SeriesSignatories");

            migrationBuilder.DropTable(
                name: "JusteringVersions");
        }
    }
}
