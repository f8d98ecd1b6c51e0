// Room kiosk (/room): signs in once with the room's terminal token, then runs unattended — shows the next
// conference with a countdown, joins by itself when the join window opens, shows the main venue (or the broadcast
// venue) large with the other venues in a strip, reconnects after network or server loss, and leaves at the end.
import { ConferenceClient } from './conference-client.js';
import { Stage } from './stage.js';
import { t, translatePage, toggleLanguage } from './i18n.js';

const $ = (id) => document.getElementById(id);
const POLL_MS = 15000;
let token = localStorage.getItem('roomToken');
let schedule = null;
let skew = 0; // server time minus our time
let client = null;
let joinedConference = null;
let roster = [];
let control = {};
let joining = false; // between deciding to join and having a client (the camera is being opened)
let holdUntil = 0; // no automatic join before this (after a refusal or the end)
const stage = new Stage($('stage'), { labelOf });

translatePage();
$('lang').onclick = toggleLanguage;
document.addEventListener('click', () => document.documentElement.requestFullscreen?.().catch(() => {}),
  { once: true });

function labelOf(pid, screen) {
  const m = roster.find((p) => p.id === pid);
  return (screen ? '🖥 ' : '') + (m ? m.name : '') + (m && m.main ? ` · ${t('main')}` : '');
}

function notice(text) {
  $('notice').textContent = text || '';
  $('notice').classList.toggle('hidden', !text);
}

function askForToken() {
  $('token-form').classList.remove('hidden');
  $('board').classList.add('hidden');
}

$('token-form').onsubmit = (e) => {
  e.preventDefault();
  token = $('token').value.trim();
  localStorage.setItem('roomToken', token);
  $('token-form').classList.add('hidden');
  $('board').classList.remove('hidden');
  poll();
};

async function poll() {
  if (!token) {
    askForToken();
    return;
  }
  try {
    const res = await fetch('/api/v1/terminal/schedule', { headers: { Authorization: `Terminal ${token}` } });
    if (res.status === 401 || res.status === 403) {
      notice(t('badToken'));
      localStorage.removeItem('roomToken');
      token = null;
      askForToken();
      return;
    }
    if (!res.ok) throw new Error(String(res.status));
    schedule = await res.json();
    skew = Date.parse(schedule.serverTime) - Date.now();
    $('room-name').textContent = schedule.room.name;
    $('board-room').textContent = schedule.room.name;
    if (!client) notice('');
  } catch {
    $('status').textContent = t('reconnecting');
  }
  tick();
}

function now() {
  return Date.now() + skew;
}

function current() {
  if (!schedule) return null;
  return schedule.conferences.find((c) => Date.parse(c.closesAt) > now()) || null;
}

function countdown(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

function tick() {
  $('clock').textContent = new Date(now()).toLocaleTimeString('zh-CN', { hour12: false });
  const next = current();
  if (client) return;
  if (!next) {
    $('next-title').textContent = t('noConference');
    $('countdown').textContent = '';
    return;
  }
  $('next-title').textContent = next.title;
  const opens = Date.parse(next.opensAt);
  if (now() >= opens && Date.now() >= holdUntil) {
    $('countdown').textContent = t('joiningSoon');
    join(next);
  } else {
    $('countdown').textContent = `${t('startsIn')} ${countdown(Date.parse(next.start) - now())}`;
  }
}

async function join(conference) {
  if (joining) return;
  joining = true;
  let media = new MediaStream();
  try {
    media = await navigator.mediaDevices.getUserMedia({ audio: true,
      video: { width: { ideal: 1280 }, height: { ideal: 720 } } });
  } catch {
    notice(t('noDevices'));
  }
  joining = false;
  joinedConference = conference.conferenceId;
  client = new ConferenceClient({ credentials: { roomToken: token }, conferenceId: conference.conferenceId,
    media: { audio: media.getAudioTracks()[0], video: media.getVideoTracks()[0] } });
  window.conferenceClient = client; // for diagnostics and the browser tests
  $('board').classList.add('hidden');
  $('stage').classList.remove('hidden');
  client.addEventListener('state', (e) => { $('status').textContent = t(e.detail); });
  client.addEventListener('participants', (e) => { roster = e.detail; feature(); });
  client.addEventListener('streams', (e) => { stage.setStreams(e.detail); feature(); });
  client.addEventListener('control', (e) => {
    control = e.detail;
    notice(control.audioMuted ? t('forceMuted') : '');
    feature();
  });
  client.addEventListener('error', (e) => {
    notice(e.detail.message);
    if (e.detail.fatal && ['not-open', 'over', 'ended', 'cancelled', 'room-not-invited', 'bad-token']
      .includes(e.detail.code)) finish();
  });
  client.addEventListener('bye', (e) => { if (['ended', 'removed', 'replaced'].includes(e.detail)) finish(); });
  client.connect();
}

/** The main venue (or the venue being broadcast) large, the rest in the strip. */
function feature() {
  const main = roster.find((p) => p.main && p.id !== client.participantId);
  stage.setLayout('speaker');
  stage.feature(control.featured || (main ? main.id : null));
  client.want({ onStage: stage.onStageSources(), stageHeight: control.thinLink === 'LOW' ? 180 : 720,
    otherHeight: control.thinLink === 'AUDIO_ONLY' ? 0 : 180, lastN: control.thinLink === 'AUDIO_ONLY' ? 0 : -1 });
}

function finish() {
  holdUntil = Date.now() + POLL_MS;
  if (client) client.leave();
  client = null;
  joinedConference = null;
  $('stage').classList.add('hidden');
  $('board').classList.remove('hidden');
  $('status').textContent = '';
  poll();
}

poll();
setInterval(poll, POLL_MS);
setInterval(tick, 1000);
