// Draws the remote videos: tiles (everyone alike) or speaker (one large, the rest in a strip). Used by both clients.
export class Stage {
  constructor(element, { labelOf }) {
    this.el = element;
    this.labelOf = labelOf;
    this.layout = 'tiles';
    this.featured = null; // participant id shown large (broadcast, main venue, dominant speaker)
    this.speaking = null;
    this.streams = [];
    this.tiles = new Map();
  }

  setStreams(streams) {
    this.streams = streams.filter((s) => s.stream.getVideoTracks().length > 0 || s.stream.getAudioTracks().length);
    this.render();
  }

  setLayout(layout) {
    this.layout = layout;
    this.render();
  }

  feature(participantId) {
    this.featured = participantId;
    this.render();
  }

  speaker(participantId) {
    this.speaking = participantId;
    this.el.querySelectorAll('.tile').forEach((t) => t.classList.toggle('speaking', t.dataset.pid === participantId));
    if (this.layout === 'speaker' && !this.featured) this.render();
  }

  /** Source names shown large, for the bridge's receiver constraints. */
  onStageSources() {
    const big = this.bigOne();
    if (!big) return [];
    return [big.screen ? `${big.participantId}-v1` : `${big.participantId}-v0`];
  }

  bigOne() {
    const pid = this.featured || this.speaking;
    const screens = this.streams.filter((s) => s.screen);
    if (screens.length) return screens[0];
    return this.streams.find((s) => s.participantId === pid) || this.streams[0];
  }

  render() {
    this.el.className = `stage ${this.layout}`;
    const big = this.layout === 'speaker' ? this.bigOne() : null;
    const tiles = this.streams.map((s) => this.tile(s));
    const live = new Set(this.streams.map((s) => s.stream.id));
    [...this.tiles.keys()].filter((k) => !live.has(k)).forEach((k) => this.tiles.delete(k));
    this.el.replaceChildren();
    if (big) {
      const main = tiles[this.streams.indexOf(big)];
      const strip = document.createElement('div');
      strip.className = 'strip';
      tiles.filter((t) => t !== main).forEach((t) => strip.appendChild(t));
      this.el.append(main, strip);
    } else {
      tiles.forEach((t) => this.el.appendChild(t));
    }
  }

  tile(s) {
    let tile = this.tiles.get(s.stream.id);
    if (!tile) {
      tile = document.createElement('div');
      tile.className = 'tile';
      const video = document.createElement('video');
      video.autoplay = true;
      video.playsInline = true;
      video.srcObject = s.stream;
      const label = document.createElement('span');
      label.className = 'label';
      tile.append(video, label);
      this.tiles.set(s.stream.id, tile);
    }
    tile.dataset.pid = s.participantId;
    tile.querySelector('.label').textContent = this.labelOf(s.participantId, s.screen);
    tile.classList.toggle('speaking', s.participantId === this.speaking);
    return tile;
  }
}
