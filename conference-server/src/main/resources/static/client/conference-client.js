// The browser side of the signalling protocol (docs/signalling.md), shared by the desktop client and the room kiosk.
// The focus offers, we answer: one RTCPeerConnection to our bridge, microphone on mid 0, camera on mid 1 (three
// simulcast layers), screen share on mid 2, and one receive-only m-line per remote source.
import { addSimulcast } from './simulcast.js';
import { BridgeChannel } from './bridge-channel.js';
import { controlView } from './control-view.js';

const RETRY_MS = [1000, 2000, 4000, 8000, 10000];
const FATAL_NO_RETRY = new Set(['not-invited', 'room-not-invited', 'bad-ticket', 'bad-token', 'unknown-conference',
  'cancelled', 'over', 'ended', 'removed', 'replaced', 'locked']);

export class ConferenceClient extends EventTarget {
  /**
   * @param credentials {ticket} for a desktop user or {roomToken} for a room; conferenceId optional for rooms
   * @param media {audio: MediaStreamTrack|null, video: MediaStreamTrack|null}
   */
  constructor({ credentials, conferenceId = null, media = {}, simulcast = true }) {
    super();
    this.credentials = credentials;
    this.conferenceId = conferenceId;
    this.media = { audio: media.audio || null, video: media.video || null, screen: null };
    this.simulcast = simulcast;
    this.queue = Promise.resolve();
    this.remote = new Map(); // stream id -> {participantId, screen, stream}
    this.attempt = 0;
    this.stopped = false;
  }

  connect() {
    this.stopped = false;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${location.host}/ws/signal`);
    this.ws = ws;
    ws.onopen = () => {
      const join = { type: 'join', v: 1 };
      if (this.conferenceId) join.conferenceId = this.conferenceId;
      Object.assign(join, this.credentials);
      this.send(join);
    };
    ws.onmessage = (e) => this.onMessage(JSON.parse(e.data));
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.teardownMedia();
      this.emit('state', 'disconnected');
      if (!this.stopped) this.retry();
    };
  }

  retry() {
    const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)];
    this.attempt += 1;
    this.emit('state', 'reconnecting');
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  onMessage(msg) {
    switch (msg.type) {
      case 'joined':
        this.attempt = 0;
        this.participantId = msg.participantId;
        this.conference = msg.conference;
        if (msg.resume) this.credentials = { ticket: msg.resume };
        this.openBridgeChannel(msg.bridgeChannel);
        this.emit('joined', msg);
        this.emit('state', 'joined');
        break;
      case 'offer':
        this.queue = this.queue.then(() => this.answer(msg)).catch((err) => this.emit('failure', err));
        break;
      case 'participants':
        this.emit('participants', msg.participants);
        break;
      case 'control':
        this.onControl(msg.state);
        break;
      case 'error':
        this.emit('error', msg);
        if (msg.fatal && FATAL_NO_RETRY.has(msg.code)) this.stopped = true;
        break;
      case 'bye':
        if (FATAL_NO_RETRY.has(msg.reason)) this.stopped = true;
        this.emit('bye', msg.reason);
        break;
      default:
        break;
    }
  }

  async answer(offer) {
    if (offer.restart) {
      // moved to another bridge: a new peer connection and that bridge's channel
      this.teardownMedia();
      if (offer.bridgeChannel) this.openBridgeChannel(offer.bridgeChannel);
    }
    // the first offer keeps the bridge channel 'joined' opened: without it the bridge forwards no video
    if (!this.pc) this.pc = this.newPeerConnection();
    const pc = this.pc;
    await pc.setRemoteDescription({ type: 'offer', sdp: offer.sdp });
    this.attachLocal(pc);
    const answer = await pc.createAnswer();
    const sdp = this.simulcast && this.media.video ? addSimulcast(answer.sdp, '1') : answer.sdp;
    await pc.setLocalDescription({ type: 'answer', sdp });
    this.refreshRemote(offer.sdp);
    this.send({ type: 'answer', version: offer.version, sdp: pc.localDescription.sdp });
    this.emit('answered', offer.version);
  }

  newPeerConnection() {
    const pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require' });
    pc.oniceconnectionstatechange = () => {
      this.emit('ice', pc.iceConnectionState);
      if (pc.iceConnectionState === 'failed') this.send({ type: 'bridge-lost' });
    };
    return pc;
  }

  /** Our tracks on the transceivers the offer gave us: mic on mid 0, camera on 1, screen on 2. */
  attachLocal(pc) {
    for (const t of pc.getTransceivers()) {
      const own = { 0: this.media.audio, 1: this.media.video, 2: this.media.screen };
      if (!(t.mid in own)) continue;
      const track = own[t.mid];
      t.direction = t.mid === '2' ? 'sendonly' : 'sendrecv';
      if (t.sender.track !== track) t.sender.replaceTrack(track);
    }
  }

  streams() {
    return [...this.remote.values()];
  }

  /**
   * The remote media as the offer says: every m-line the bridge sends on (mid 3 and up, not inactive) belongs to the
   * participant its msid names (a screen share to "<participant>-v1"). Streams are kept across offers so video
   * elements do not restart; a participant whose m-lines went inactive disappears.
   */
  refreshRemote(sdp) {
    const owners = new Map(); // mid -> stream key
    let mid = null;
    let sending = false;
    let msid = null;
    const flush = () => { if (mid !== null && Number(mid) >= 3 && sending && msid) owners.set(mid, msid); };
    for (const line of sdp.split(/\r?\n/)) {
      if (line.startsWith('m=')) {
        flush();
        mid = null; sending = false; msid = null;
      } else if (line.startsWith('a=mid:')) {
        mid = line.slice(6);
      } else if (line === 'a=sendonly' || line === 'a=sendrecv') {
        sending = true;
      } else if (line.startsWith('a=msid:')) {
        msid = line.slice(7).split(' ')[0];
      }
    }
    flush();
    const tracks = new Map(); // stream key -> tracks
    for (const t of this.pc.getTransceivers()) {
      const key = owners.get(t.mid);
      if (!key || !t.receiver.track) continue;
      if (!tracks.has(key)) tracks.set(key, []);
      tracks.get(key).push(t.receiver.track);
    }
    for (const key of [...this.remote.keys()]) {
      if (!tracks.has(key)) this.remote.delete(key);
    }
    for (const [key, list] of tracks) {
      const known = this.remote.get(key);
      const same = known && known.stream.getTracks().length === list.length
        && list.every((tr) => known.stream.getTracks().includes(tr));
      if (!same) {
        const screen = /-v1$/.test(key);
        this.remote.set(key, { participantId: screen ? key.replace(/-v1$/, '') : key, screen,
          stream: new MediaStream(list) });
      }
    }
    this.emit('streams', this.streams());
  }

  openBridgeChannel(url) {
    if (this.bridge) this.bridge.close();
    this.bridge = null;
    if (!url) return;
    this.bridge = new BridgeChannel(url);
    this.bridge.addEventListener('speaker', (e) => this.emit('speaker', e.detail));
    this.bridge.addEventListener('lost', () => this.send({ type: 'bridge-lost' }));
    this.bridge.addEventListener('sender-constraints', (e) => this.applySenderConstraint(e.detail));
    if (this.wanted) this.bridge.want(this.wanted);
  }

  /** Which videos to receive at which height (layout, thin-link mode). */
  want(constraints) {
    this.wanted = constraints;
    if (this.bridge) this.bridge.want(constraints);
  }

  applySenderConstraint({ source, maxHeight }) {
    if (!this.pc || !source) return;
    const mid = source.endsWith('-v1') ? '2' : '1';
    const t = this.pc.getTransceivers().find((x) => x.mid === mid);
    if (!t || !t.sender.track) return;
    const params = t.sender.getParameters();
    if (!params.encodings || params.encodings.length === 0) return;
    params.encodings.forEach((enc) => { enc.active = maxHeight !== 0; });
    t.sender.setParameters(params).catch(() => {});
  }

  /** The chair's control state: forced mute and camera-off are applied here, the rest is for the page. */
  onControl(state) {
    this.controlState = state;
    const view = controlView(state, this.participantId);
    this.forced = { audio: view.audioMuted, video: view.videoOff };
    this.applyEnabled();
    this.emit('control', Object.assign({ state }, view));
  }

  applyEnabled() {
    const forced = this.forced || {};
    if (this.media.audio) this.media.audio.enabled = this.wantAudio !== false && !forced.audio;
    if (this.media.video) this.media.video.enabled = this.wantVideo !== false && !forced.video;
  }

  setAudioEnabled(on) {
    this.wantAudio = on;
    this.applyEnabled();
    this.sendState();
  }

  setVideoEnabled(on) {
    this.wantVideo = on;
    this.applyEnabled();
    this.sendState();
  }

  async setScreen(track) {
    this.media.screen = track;
    if (this.pc) {
      const t = this.pc.getTransceivers().find((x) => x.mid === '2');
      if (t) await t.sender.replaceTrack(track);
    }
    this.sendState();
  }

  async replaceTrack(kind, track) {
    this.media[kind] = track;
    if (this.pc) {
      const t = this.pc.getTransceivers().find((x) => x.mid === (kind === 'audio' ? '0' : '1'));
      if (t) await t.sender.replaceTrack(track);
    }
  }

  sendState() {
    this.send({ type: 'media', audio: !!(this.media.audio && this.media.audio.enabled),
      video: !!(this.media.video && this.media.video.enabled), screen: !!this.media.screen });
  }

  control(command) {
    this.send({ type: 'control', command });
  }

  send(msg) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(msg));
  }

  emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  teardownMedia() {
    if (this.pc) this.pc.close();
    this.pc = null;
    if (this.bridge) this.bridge.close();
    this.bridge = null;
    this.remote.clear();
    this.emit('streams', []);
  }

  leave() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.send({ type: 'leave' });
    this.teardownMedia();
    if (this.ws) this.ws.close();
  }
}
