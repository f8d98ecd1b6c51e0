// Desktop client (/join/{conferenceId}): device choice and preview, then the conference with mute, camera,
// screen share (双流), tile and speaker layouts, raise hand and the participant list.
import { ConferenceClient } from './conference-client.js';
import { Stage } from './stage.js';
import { t, translatePage, toggleLanguage } from './i18n.js';

const $ = (id) => document.getElementById(id);
const conferenceId = location.pathname.split('/').pop();
const ticket = new URLSearchParams(location.hash.slice(1)).get('ticket')
  || sessionStorage.getItem(`ticket:${conferenceId}`);
history.replaceState(null, '', location.pathname + location.search);

let roster = [];
let control = { hands: [] };
let client = null;
let preview = null;
const stage = new Stage($('stage'), { labelOf });

translatePage();
$('lang').onclick = toggleLanguage;

function labelOf(pid, screen) {
  const m = roster.find((p) => p.id === pid);
  const name = m ? m.name : pid;
  return (screen ? '🖥 ' : '') + name + (m && m.main ? ` · ${t('main')}` : '');
}

function status(key) {
  $('status').textContent = t(key);
  $('status').dataset.state = key;
}

function notice(text) {
  $('notice').textContent = text;
  $('notice').classList.toggle('hidden', !text);
}

async function devices() {
  let list = [];
  try {
    list = await navigator.mediaDevices.enumerateDevices();
  } catch { /* no devices */ }
  const fill = (select, kind) => {
    select.replaceChildren(...list.filter((d) => d.kind === kind).map((d, i) => {
      const o = document.createElement('option');
      o.value = d.deviceId;
      o.textContent = d.label || `${kind} ${i + 1}`;
      return o;
    }));
  };
  fill($('camera-select'), 'videoinput');
  fill($('mic-select'), 'audioinput');
}

async function startPreview() {
  if (preview) preview.getTracks().forEach((tr) => tr.stop());
  const cam = $('camera-select').value;
  const mic = $('mic-select').value;
  try {
    preview = await navigator.mediaDevices.getUserMedia({
      audio: mic ? { deviceId: { exact: mic } } : true,
      video: { width: { ideal: 1280 }, height: { ideal: 720 }, ...(cam ? { deviceId: { exact: cam } } : {}) },
    });
  } catch {
    preview = null;
    notice(t('noDevices'));
  }
  $('preview').srcObject = preview;
}

function toggle(button, pressed, onKey, offKey) {
  button.setAttribute('aria-pressed', String(pressed));
  button.textContent = t(pressed ? onKey : offKey);
}

function showRoster(list) {
  roster = list;
  $('roster').replaceChildren(...list.map((p) => {
    const li = document.createElement('li');
    li.dataset.pid = p.id;
    const kind = p.kind === 'ROOM' ? t('room') : t('desktop');
    li.textContent = `${p.name}${p.id === client.participantId ? ` (${t('you')})` : ''} · ${kind}`
      + `${p.main ? ` · ${t('main')}` : ''}${p.audio === false ? ' 🔇' : ''}`
      + `${control.hands.includes(p.id) ? ' ✋' : ''}`;
    return li;
  }));
  stage.render();
}

function updateWanted() {
  const thin = control.thinLink || 'NORMAL';
  client.want({ onStage: stage.onStageSources(), stageHeight: thin === 'LOW' ? 180 : 720,
    otherHeight: thin === 'AUDIO_ONLY' ? 0 : (stage.layout === 'tiles' && thin === 'NORMAL' ? 360 : 180),
    lastN: thin === 'AUDIO_ONLY' ? 0 : -1 });
}

async function join() {
  if (!ticket) {
    notice(t('noTicket'));
    return;
  }
  sessionStorage.setItem(`ticket:${conferenceId}`, ticket);
  $('lobby').classList.add('hidden');
  $('stage').classList.remove('hidden');
  $('controls').classList.remove('hidden');
  const tracks = preview ? preview : new MediaStream();
  client = new ConferenceClient({ credentials: { ticket }, conferenceId,
    media: { audio: tracks.getAudioTracks()[0], video: tracks.getVideoTracks()[0] } });
  window.conferenceClient = client; // for diagnostics and the browser tests
  client.addEventListener('state', (e) => status(e.detail));
  client.addEventListener('joined', (e) => {
    $('conference-title').textContent = e.detail.conference.title;
    if (e.detail.resume) sessionStorage.setItem(`ticket:${conferenceId}`, e.detail.resume);
    notice('');
  });
  client.addEventListener('participants', (e) => showRoster(e.detail));
  client.addEventListener('streams', (e) => { stage.setStreams(e.detail); updateWanted(); });
  client.addEventListener('speaker', (e) => { stage.speaker(e.detail); updateWanted(); });
  client.addEventListener('control', (e) => {
    const c = e.detail;
    control = c;
    stage.feature(c.featured);
    notice(c.audioMuted ? t('forceMuted') : '');
    toggle($('hand'), c.hand, 'lowerHand', 'raiseHand');
    showRoster(roster);
    updateWanted();
  });
  client.addEventListener('error', (e) => notice(e.detail.message));
  client.addEventListener('bye', (e) => {
    if (e.detail === 'removed') notice(t('removed'));
    if (e.detail === 'ended') notice(t('ended'));
  });
  client.connect();
}

$('camera-select').onchange = startPreview;
$('mic-select').onchange = startPreview;
$('join').onclick = join;
$('mute').onclick = () => {
  const muted = $('mute').getAttribute('aria-pressed') !== 'true';
  client.setAudioEnabled(!muted);
  toggle($('mute'), muted, 'unmute', 'mute');
};
$('camera').onclick = () => {
  const off = $('camera').getAttribute('aria-pressed') !== 'true';
  client.setVideoEnabled(!off);
  toggle($('camera'), off, 'cameraOn', 'cameraOff');
};
$('share').onclick = async () => {
  if (client.media.screen) {
    client.media.screen.stop();
    await client.setScreen(null);
    toggle($('share'), false, 'stopShare', 'share');
    return;
  }
  try {
    const s = await navigator.mediaDevices.getDisplayMedia({ video: true });
    const track = s.getVideoTracks()[0];
    track.onended = () => { client.setScreen(null); toggle($('share'), false, 'stopShare', 'share'); };
    await client.setScreen(track);
    toggle($('share'), true, 'stopShare', 'share');
  } catch { /* the user declined */ }
};
$('layout').onclick = () => {
  const next = stage.layout === 'tiles' ? 'speaker' : 'tiles';
  stage.setLayout(next);
  $('layout').textContent = t(next === 'tiles' ? 'speaker' : 'tiles');
  updateWanted();
};
$('hand').onclick = () => {
  const up = $('hand').getAttribute('aria-pressed') !== 'true';
  client.control({ action: up ? 'raiseHand' : 'lowerHand', venue: client.participantId });
  toggle($('hand'), up, 'lowerHand', 'raiseHand');
};
$('list').onclick = () => $('side').classList.toggle('open');
$('leave').onclick = () => {
  client.leave();
  status('disconnected');
  $('controls').classList.add('hidden');
};

(async () => {
  $('join').disabled = true; // until the camera and microphone are open (or known to be missing)
  status(ticket ? 'preview' : 'disconnected');
  if (!ticket) notice(t('noTicket'));
  await startPreview();
  await devices();
  $('join').disabled = !ticket;
})();
