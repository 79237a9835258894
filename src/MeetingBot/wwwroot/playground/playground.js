// The playground page: plays the Teams client. What the user does becomes Bot Framework activities,
// signed by the development issuer (/dev/token) and POSTed to /api/messages; what the bot sends
// arrives through the host's local connector and is streamed here as Server-Sent Events.
'use strict';

const CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';

const ui = {
  identity: document.getElementById('identity'),
  title: document.getElementById('view-title'),
  conversation: document.getElementById('conversation'),
  messages: document.getElementById('messages'),
  composer: document.getElementById('composer'),
  input: document.getElementById('message-input'),
  calendar: document.getElementById('calendar'),
  meetings: document.getElementById('meetings'),
  year: document.getElementById('calendar-year'),
  ics: document.getElementById('ics-link'),
  toast: document.getElementById('toast'),
};

let state = null;      // from /playground/api/state: bot, tenant, team, channel, people, serviceUrl
let me = null;         // the person acting
let view = 'chat';     // chat | channel | calendar
let stream = null;     // the open EventSource
let year = null;
let token = null;
let tokenExpires = 0;
const installed = new Set();

async function start() {
  state = await (await fetch('/playground/api/state')).json();
  year = state.calendarYear;
  document.getElementById('sample-notice').hidden = !state.sampleData;
  for (const p of state.people) {
    const option = document.createElement('option');
    option.value = p.aadObjectId;
    option.textContent = p.secretariat ? `${p.name} (sekretariatet)` : `${p.name}, ${p.organisation}`;
    ui.identity.appendChild(option);
  }
  ui.identity.addEventListener('change', () => { me = person(ui.identity.value); open(view); });
  for (const button of document.querySelectorAll('.nav')) {
    button.addEventListener('click', () => open(button.dataset.view));
  }
  ui.composer.addEventListener('submit', e => { e.preventDefault(); say(ui.input.value); });
  // As in Teams: Enter sends, Shift+Enter starts a new line (an agenda is pasted under its command).
  ui.input.addEventListener('keydown', e => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); say(ui.input.value); } });
  document.getElementById('year-prev').addEventListener('click', () => { year--; showCalendar(); });
  document.getElementById('year-next').addEventListener('click', () => { year++; showCalendar(); });
  me = state.people[0] ? person(state.people[0].aadObjectId) : null;
  await open('chat');
}

function person(aadObjectId) { return state.people.find(p => p.aadObjectId === aadObjectId); }

function conversation() {
  return view === 'channel'
    ? { id: state.channel.id, type: 'channel' }
    : { id: me.personalConversationId, type: 'personal' };
}

// Opens a view; body[data-ready] names it once the page has settled (tests and screenshots wait for it).
async function open(next) {
  view = next;
  delete document.body.dataset.ready;
  for (const b of document.querySelectorAll('.nav')) b.classList.toggle('active', b.dataset.view === view);
  if (stream) { stream.close(); stream = null; }
  ui.calendar.hidden = view !== 'calendar';
  ui.conversation.hidden = view === 'calendar';
  if (view === 'calendar') { await showCalendar(); settled(); return; }
  if (!me) { toast('Rostern är tom: lägg till medlemmar med "roster import".'); return; }
  ui.title.textContent = view === 'channel' ? `${state.team.name} / ${state.channel.name}` : `Chatt med ${state.bot.name}`;
  ui.messages.replaceChildren();
  const conv = conversation();
  await new Promise(resolve => {
    stream = new EventSource('/playground/api/events?conversation=' + encodeURIComponent(conv.id));
    stream.onopen = resolve;
    stream.onmessage = e => apply(JSON.parse(e.data));
  });
  await install(conv);
  settled();
}

function settled() {
  document.body.dataset.actor = me ? me.name : '';
  document.body.dataset.ready = view;
}

// Teams tells the bot when it is added to a team or a personal chat; the bot keeps the conversation reference.
async function install(conv) {
  const key = conv.type === 'channel' ? conv.id : conv.id + '|' + me.aadObjectId;
  if (installed.has(key)) return;
  installed.add(key);
  const bot = { id: state.bot.id, name: state.bot.name };
  const user = { id: me.userId, name: me.name, aadObjectId: me.aadObjectId };
  await send(Object.assign(activity('installationUpdate', conv), { action: 'add' }));
  const update = Object.assign(activity('conversationUpdate', conv), { membersAdded: conv.type === 'channel' ? [bot] : [bot, user] });
  if (conv.type === 'channel') update.channelData.eventType = 'teamMemberAdded';
  await send(update);
}

function activity(type, conv) {
  const channel = conv.type === 'channel';
  return {
    type,
    id: crypto.randomUUID(),
    channelId: 'msteams',
    serviceUrl: state.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'sv-SE',
    from: { id: me.userId, name: me.name, aadObjectId: me.aadObjectId },
    recipient: { id: state.bot.id, name: state.bot.name },
    conversation: channel
      ? { id: conv.id, conversationType: 'channel', isGroup: true, tenantId: state.tenantId, name: state.channel.name }
      : { id: conv.id, conversationType: 'personal', tenantId: state.tenantId },
    channelData: channel
      ? { tenant: { id: state.tenantId }, team: state.team, channel: state.channel }
      : { tenant: { id: state.tenantId } },
  };
}

async function bearer() {
  if (!token || Date.now() > tokenExpires) {
    const response = await fetch('/dev/token?serviceUrl=' + encodeURIComponent(state.serviceUrl), { method: 'POST' });
    token = (await response.json()).access_token;
    tokenExpires = Date.now() + 30 * 60 * 1000;
  }
  return token;
}

async function send(a) {
  const response = await fetch('/api/messages', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + await bearer() },
    body: JSON.stringify(a),
  });
  if (!response.ok) toast(`Boten svarade ${response.status} på ${a.type}.`);
  return response;
}

// What the user typed: shown in the conversation first (Teams stores it and gives it its id), then sent.
async function say(text) {
  text = text.trim();
  if (!text || !me) return;
  ui.input.value = '';
  const conv = conversation();
  const message = activity('message', conv);
  message.textFormat = 'plain';
  message.text = text;
  if (conv.type === 'channel') {
    // In a channel the bot hears only messages that @mention it.
    const mention = `<at>${state.bot.name}</at>`;
    message.text = `${mention} ${text}`;
    message.entities = [{ type: 'mention', text: mention, mentioned: { id: state.bot.id, name: state.bot.name } }];
  }
  delete message.id;
  const posted = await fetch('/playground/api/activities?conversation=' + encodeURIComponent(conv.id), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(message),
  });
  message.id = (await posted.json()).id;
  await send(message);
}

function apply(e) {
  const existing = ui.messages.querySelector(`[data-id="${CSS.escape(e.activityId)}"]`);
  if (e.kind === 'delete') {
    if (existing) { existing.classList.add('deleted'); existing.querySelector('.message-text').textContent = 'Meddelandet har tagits bort.'; existing.querySelectorAll('.card').forEach(c => c.remove()); }
    return;
  }
  if (e.activity.type !== 'message') return;
  const element = render(e.activity);
  if (existing) existing.replaceWith(element); else ui.messages.appendChild(element);
  element.scrollIntoView({ block: 'end' });
}

function render(a) {
  const fromBot = a.from && (a.from.id === state.bot.id || a.from.name === state.bot.name);
  const element = document.createElement('div');
  element.className = 'message ' + (fromBot ? 'from-bot' : 'from-user');
  if (a.replyToId && view === 'channel' && !fromBot) element.classList.add('reply');
  element.dataset.id = a.id;
  const from = document.createElement('div');
  from.className = 'message-from';
  from.textContent = (a.from && a.from.name) || (fromBot ? state.bot.name : '');
  element.appendChild(from);
  const text = document.createElement('div');
  text.className = 'message-text';
  renderText(text, (a.text || '').replace(/<at>(.*?)<\/at>/g, '@$1'), a.textFormat);
  element.appendChild(text);
  for (const attachment of a.attachments || []) {
    const host = document.createElement('div');
    host.className = 'card';
    if (attachment.contentType === CARD) renderCard(host, attachment.content, a.id);
    else host.textContent = `[bilaga: ${attachment.contentType}]`;
    element.appendChild(host);
  }
  return element;
}

// userView: the card is a user's own view (an invoke response), which Teams does not refresh again.
function renderCard(host, payload, activityId, userView) {
  const card = new AdaptiveCards.AdaptiveCard();
  card.parse(payload, new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5));
  card.onExecuteAction = action => act(action, activityId, host);
  host.replaceChildren(card.render());
  if (!userView) refresh(host, payload, activityId);
}

// Teams asks the bot for the user's own view of a card whose refresh.userIds names them, each time it
// shows the card (posted or updated): an adaptiveCard/action invoke with trigger "automatic".
async function refresh(host, payload, activityId) {
  const r = payload && payload.refresh;
  if (!r || !r.action || r.action.type !== 'Action.Execute' || !me) return;
  if (!Array.isArray(r.userIds) || !r.userIds.includes(me.userId)) return;
  const invoke = Object.assign(activity('invoke', conversation()), {
    name: 'adaptiveCard/action',
    replyToId: activityId,
    value: { action: { type: 'Action.Execute', id: r.action.id, verb: r.action.verb, data: r.action.data || {} }, trigger: 'automatic' },
  });
  const response = await send(invoke);
  if (!response.ok || !host.isConnected) return;
  const body = await response.json().catch(() => null);
  if (body && body.type === CARD && host.isConnected) renderCard(host, body.value, activityId, true);
}

async function act(action, activityId, host) {
  const kind = action.getJsonTypeName();
  const conv = conversation();
  if (kind === 'Action.OpenUrl') { window.open(action.url, '_blank'); return; }
  if (kind === 'Action.Submit') {
    // Action.Submit: a message carrying the card's data and inputs, not shown in the chat.
    const message = Object.assign(activity('message', conv), { replyToId: activityId, value: action.data || {} });
    await send(message);
    return;
  }
  if (kind !== 'Action.Execute') return;
  const invoke = Object.assign(activity('invoke', conv), {
    name: 'adaptiveCard/action',
    replyToId: activityId,
    value: { action: { type: 'Action.Execute', id: action.id, verb: action.verb, data: action.data || {} }, trigger: 'manual' },
  });
  const response = await send(invoke);
  if (!response.ok) return;
  const body = await response.json().catch(() => null);
  if (!body) return;
  if (body.type === CARD) renderCard(host, body.value, activityId, true);           // replaces the card for this user, as Teams does
  else if (body.type === MESSAGE) toast(body.value);
  else if (body.value && body.value.message) toast(body.value.message);
}

async function showCalendar() {
  ui.title.textContent = 'Mötesserien';
  ui.year.textContent = year;
  const meetings = await (await fetch(`/playground/api/calendar/${year}`)).json();
  ui.meetings.replaceChildren(...meetings.map(m => {
    const li = document.createElement('li');
    const date = new Date(m.date + 'T12:00:00');
    li.textContent = `${date.toLocaleDateString('sv-SE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })} ${m.start}–${m.end}`;
    li.dataset.date = m.date;
    if (m.cancelled) li.classList.add('cancelled');
    return li;
  }));
  if (meetings.length === 0) {
    const li = document.createElement('li');
    li.textContent = `Inga möten ${year}.`;
    ui.meetings.appendChild(li);
  }
  // The feed is reached by the member's tokenized link, the one "min kalender" gives them in Teams.
  ui.ics.hidden = true;
  const email = me && me.email;
  const link = email && meetings.length > 0
    ? await fetch(`/playground/api/calendar/${year}/link?email=${encodeURIComponent(email)}`).then(r => (r.ok ? r.json() : null))
    : null;
  ui.ics.hidden = !link;
  if (link) {
    ui.ics.href = link.url;
    ui.ics.download = `kommundirektorsmoten-${year}.ics`;
    ui.ics.textContent = `Ladda ner kalenderfil för ${me.name} (.ics)`;
  }
}

let toastTimer = null;
function toast(text) {
  ui.toast.textContent = text;
  ui.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { ui.toast.hidden = true; }, 6000);
}

start();

// The bot's texts are Markdown, as Teams renders them (see ChatMarkdown): paragraphs, "- " lists,
// hard breaks (two spaces before a line break), backslash escapes and <https://…> autolinks.
// Built as DOM nodes, never as HTML, so nothing in a text can inject markup.
function renderText(host, text, format) {
  if (format !== 'markdown') { host.textContent = text; return; }
  host.classList.add('markdown');
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n');
    if (lines.every(l => l.startsWith('- '))) {
      const list = document.createElement('ul');
      for (const line of lines) { const item = document.createElement('li'); renderInline(item, line.slice(2)); list.appendChild(item); }
      host.appendChild(list);
    } else {
      const paragraph = document.createElement('p');
      block.split(/ {2,}\n|\\\n/).forEach((line, i) => {
        if (i > 0) paragraph.appendChild(document.createElement('br'));
        renderInline(paragraph, line.replace(/\n/g, ' '));
      });
      host.appendChild(paragraph);
    }
  }
}

function renderInline(host, text) {
  text.split(/(<https?:\/\/[^>\s]+>)/).forEach(part => {
    if (/^<https?:\/\//.test(part)) {
      const link = document.createElement('a');
      link.href = link.textContent = part.slice(1, -1);
      link.target = '_blank';
      link.rel = 'noopener';
      host.appendChild(link);
    } else {
      host.appendChild(document.createTextNode(part.replace(/\\([!-\/:-@[-`{-~])/g, '$1')));
    }
  });
}
