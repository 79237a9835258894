// MeetingBot's Outlook task pane: the agenda of the meeting being viewed and the member's answer.
//
// Inside Outlook it loads Office.js from Microsoft's CDN, reads the item's start date and gets an SSO
// token (webApplicationInfo in the manifest). Outside Outlook (?dev=1, or no Office host around the
// page) it works on its own against the development issuer: pick a roster member and a date
// (?date=2026-01-23, ?oid=<Entra object id> preselect them).
"use strict";

(() => {
  const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  const params = new URLSearchParams(location.search);
  const $ = (id) => document.getElementById(id);
  let token = null;
  let meeting = null;

  // Outlook opens add-in pages with _host_Info in the URL, inside its own frame or web view.
  const insideOffice = params.get("dev") !== "1" && (params.has("_host_Info") || window.top !== window.self);

  function say(text, kind) {
    const status = $("status");
    status.textContent = text || "";
    status.className = kind || "";
  }

  function stockholmDate(instant) {
    // sv-SE formats as YYYY-MM-DD; the series lives in Stockholm whatever the viewer's time zone.
    return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
  }

  async function api(path, options) {
    const response = await fetch(path, {
      ...options,
      headers: { "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json" },
    });
    const body = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, body };
  }

  function message(result) {
    return result.body.message || result.body.detail || "Något gick fel (" + result.status + "). Försök igen om en stund.";
  }

  function render(view) {
    meeting = view;
    $("meeting").hidden = false;
    $("title").textContent = view.title + (view.cancelled ? " – inställt" : "");
    $("when").textContent = view.when;
    $("location").textContent = view.location || "";
    const join = $("join");
    join.hidden = !view.joinUrl;
    if (view.joinUrl) join.href = view.joinUrl;

    const agenda = $("agenda");
    agenda.replaceChildren(...view.agenda.map((item) => {
      const li = document.createElement("li");
      li.value = item.number;
      li.append(document.createTextNode(item.title));
      if (item.summary) li.append(Object.assign(document.createElement("span"), { className: "summary", textContent: item.summary }));
      if (item.presenters.length) li.append(Object.assign(document.createElement("span"), { className: "presenters", textContent: "Föredragande: " + item.presenters.join(", ") }));
      return li;
    }));
    if (!view.agenda.length) agenda.replaceChildren(Object.assign(document.createElement("li"), { textContent: "Dagordningen är inte klar ännu." }));

    const answer = view.answer;
    $("answer").textContent = !answer
      ? "Du har inte svarat ännu."
      : answer.answer === "accepted"
        ? "Ditt svar: Jag kommer"
        : "Ditt svar: Förhinder" + (answer.substitute ? " (ersättare: " + answer.substitute + ")" : "");
    const t = view.tally;
    $("tally").textContent = "Svar: " + t.coming + " kommer, " + t.declined + " förhinder, " + t.notAnswered + " ej svarat";

    $("substitutes").replaceChildren(...view.substitutes.map((name) => Object.assign(document.createElement("option"), { value: name })));
    for (const id of ["accept", "decline", "send-decline"]) $(id).disabled = !view.open;
    if (!view.open) {
      $("decline-form").hidden = true;
      say(view.cancelled ? "Mötet är inställt." : "Mötet har redan börjat, så svaret kan inte längre ändras.");
    }
  }

  async function show(date) {
    say("Hämtar mötet …");
    const result = await api("/api/outlook/meeting?date=" + encodeURIComponent(date));
    if (!result.ok) {
      $("meeting").hidden = true;
      say(message(result), "error");
      return;
    }
    say("");
    render(result.body);
  }

  async function answer(kind) {
    const body = { meetingId: meeting.meetingId, answer: kind };
    if (kind === "declined") {
      body.substitute = $("substitute").value.trim() || null;
      body.comment = $("comment").value.trim() || null;
    }
    say("Skickar …");
    const result = await api("/api/outlook/rsvp", { method: "POST", body: JSON.stringify(body) });
    say(message(result), result.ok ? "ok" : "error");
    if (result.ok) {
      $("decline-form").hidden = true;
      const text = $("status").textContent;
      await show(meeting.date);
      say(text, "ok");
    }
  }

  $("accept").addEventListener("click", () => answer("accepted"));
  $("decline").addEventListener("click", () => { $("decline-form").hidden = false; $("substitute").focus(); });
  $("decline-form").addEventListener("submit", (event) => { event.preventDefault(); answer("declined"); });

  function loadOfficeJs() {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = OFFICE_JS;
      script.onload = resolve;
      script.onerror = () => reject(new Error("Office.js could not be loaded"));
      document.head.append(script);
    });
  }

  // Read mode gives the start as a Date; compose mode (the organiser's form) as an object with getAsync.
  function itemStart(item) {
    if (item.start instanceof Date) return Promise.resolve(item.start);
    return new Promise((resolve, reject) => item.start.getAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(r.error)));
  }

  async function runInOutlook() {
    await loadOfficeJs();
    await Office.onReady();
    const item = Office.context.mailbox.item;
    if (!item) {
      say("Öppna ett möte i kalendern för att se dess dagordning.");
      return;
    }
    token = await Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });
    await show(stockholmDate(await itemStart(item)));
  }

  async function runStandalone() {
    const dev = $("dev");
    dev.hidden = false;
    const people = await fetch("/dev/outlook/people").then((r) => (r.ok ? r.json() : []));
    const select = $("dev-person");
    select.replaceChildren(...people.map((p) => Object.assign(document.createElement("option"), { value: p.oid, textContent: p.name + ", " + p.organisation })));
    if (!people.length) {
      say("Ingen i rostern har ett Entra-id ännu. Starta värden i Development med exempeldata, eller använd boten först.", "error");
      return;
    }
    if (params.get("oid")) select.value = params.get("oid");
    $("dev-date").value = params.get("date") || stockholmDate(new Date());

    const go = async () => {
      const response = await fetch("/dev/outlook/token?oid=" + encodeURIComponent(select.value), { method: "POST" });
      if (!response.ok) {
        say("Utvecklingstoken kunde inte hämtas (" + response.status + ").", "error");
        return;
      }
      token = (await response.json()).access_token;
      await show($("dev-date").value);
    };
    $("dev-show").addEventListener("click", go);
    await go();
  }

  (insideOffice ? runInOutlook() : runStandalone()).catch((error) => {
    say("Det gick inte att visa mötet: " + (error && (error.message || error.code) || error), "error");
  });
})();
