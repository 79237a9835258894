using System.Globalization;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Justering;
using MeetingBot.Core.Series;
using MeetingBot.Justering;

namespace MeetingBot.Bot.Justering;

/// <summary>The justering messages in chat, Swedish and English for a member who chose it.</summary>
internal static class JusteringReplies
{
    public static string SignatoriesSet(string what, IReadOnlyList<Signatory> signatories, CardLanguage language) => language == CardLanguage.English
        ? $"The protocol of {what} is approved by: {Names(signatories)}."
        : $"Protokollet för {what} justeras av: {Names(signatories)}.";

    public static string Sent(JusteringView view, bool isNew, IReadOnlyList<string> reached, IReadOnlyList<string> notReached, CardLanguage language)
    {
        var english = language == CardLanguage.English;
        var version = view.Version!;
        var text = english
            ? $"Protocol no. {view.Protocol.Reference} (version {version.Number}{(isNew ? "" : ", unchanged")}) is sent for approval to: {List(reached, english)}."
            : $"Protokoll nr {view.Protocol.Reference} (version {version.Number}{(isNew ? "" : ", oförändrad")}) är skickat för justering till: {List(reached, english)}.";
        if (isNew && version.Number > 1)
        {
            text += english ? " Approvals of earlier versions no longer count." : " Justeringar av tidigare versioner gäller inte längre.";
        }

        if (notReached.Count > 0)
        {
            text += english ? $" Could not reach: {string.Join(", ", notReached)}." : $" Kunde inte nå: {string.Join(", ", notReached)}.";
        }

        return text;
    }

    public static string Status(JusteringView view, CardLanguage language)
    {
        var english = language == CardLanguage.English;
        var texts = JusteringTexts.For(language);
        if (view.Version is null)
        {
            return english
                ? $"Protocol no. {view.Protocol.Reference} has not been sent for approval. Signatories: {Names(view.Status.Signatories)}."
                : $"Protokoll nr {view.Protocol.Reference} är inte skickat för justering. Justerare: {Names(view.Status.Signatories)}.";
        }

        var head = view.Justerat is { } justerat
            ? english
                ? $"Protocol no. {view.Protocol.Reference} is approved ({Time(justerat.JusteradAt)}), {(justerat.Sealed ? "sealed" : "not sealed")}."
                : $"Protokoll nr {view.Protocol.Reference} är justerat ({Time(justerat.JusteradAt)}), {(justerat.Sealed ? "förseglat" : "inte förseglat")}."
            : english
                ? $"Approval of protocol no. {view.Protocol.Reference}, version {view.Version.Number}:"
                : $"Justering av protokoll nr {view.Protocol.Reference}, version {view.Version.Number}:";
        var lines = view.Status.States.Select(s => $"- {s.Signatory.Name}: {texts.Standing(s, Time)}{(s.Comment is { } c && s.Standing == SignatoryStanding.ChangeRequested ? $" (\"{c}\")" : "")}");
        return head + "\n\n" + string.Join("\n", lines);
    }

    public static string ChangeRequested(JusteringView view, string name, string comment, string command) =>
        $"{name} begär ändring i protokoll nr {view.Protocol.Reference} (version {view.Version!.Number}):\n\n\"{comment}\"\n\nRätta protokollet och skriv \"{command}\" igen: justerarna får då en ny version, och justeringar av den gamla gäller inte längre.";

    public static string JusteratToSecretariat(JusteringView view) => view.Justerat!.Sealed
        ? $"Protokoll nr {view.Protocol.Reference} är justerat av alla. Den slutliga PDF:en är förseglad och länkad i kanalen."
        : $"Protokoll nr {view.Protocol.Reference} är justerat av alla. Den slutliga PDF:en är INTE förseglad (inget certifikat är konfigurerat) och länkad i kanalen.";

    public static string NotASignatory(CardLanguage language) => language == CardLanguage.English
        ? "You are not named to approve this protocol, so your answer was not recorded."
        : "Du är inte utsedd att justera det här protokollet, så ditt svar sparades inte.";

    public static string Outdated(CardLanguage language) => language == CardLanguage.English
        ? "The protocol has changed since this card was sent; your answer was not recorded. You will get the new version."
        : "Protokollet har ändrats sedan det här kortet skickades, så ditt svar sparades inte. Du får den nya versionen.";

    public static string AlreadyJusterat(CardLanguage language) => language == CardLanguage.English
        ? "The protocol is already approved." : "Protokollet är redan justerat.";

    public static string CommentRequired(CardLanguage language) => JusteringTexts.For(language).ChangeRequired;

    public static string NotYours(CardLanguage language) => language == CardLanguage.English
        ? "Only the secretariat and the protocol's signatories can see its approval."
        : "Bara sekretariatet och protokollets justerare kan se justeringen.";

    private static string Names(IReadOnlyList<Signatory> signatories) => signatories.Count == 0 ? "–" : string.Join(", ", signatories.Select(s => s.Name));

    private static string List(IReadOnlyList<string> names, bool english) => names.Count == 0 ? (english ? "nobody" : "ingen") : string.Join(", ", names);

    private static string Time(DateTimeOffset at) => StockholmTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
