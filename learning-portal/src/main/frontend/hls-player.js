// <hls-player src="…/master.m3u8" poster="…/poster.jpg">: plays an HLS ladder with hls.js (Media Source
// Extensions), or natively where the browser plays HLS itself (Safari). Fires "player-error" on fatal errors.
import Hls from 'hls.js';

class HlsPlayer extends HTMLElement {
  static get observedAttributes() {
    return ['src', 'poster'];
  }

  connectedCallback() {
    if (!this.video) {
      this.video = document.createElement('video');
      this.video.controls = true;
      this.video.playsInline = true;
      this.video.preload = 'metadata';
      this.video.style.width = '100%';
      this.video.style.maxHeight = '70vh';
      this.video.style.background = '#000';
      this.appendChild(this.video);
    }
    this.load();
  }

  attributeChangedCallback() {
    if (this.video) {
      this.load();
    }
  }

  disconnectedCallback() {
    if (this.hls) {
      this.hls.destroy();
      this.hls = null;
    }
    this.loaded = null;
  }

  load() {
    const src = this.getAttribute('src');
    const poster = this.getAttribute('poster');
    if (poster) {
      this.video.poster = poster;
    }
    if (!src || src === this.loaded) {
      return;
    }
    this.loaded = src;
    if (this.hls) {
      this.hls.destroy();
    }
    if (Hls.isSupported()) {
      this.hls = new Hls({ capLevelToPlayerSize: true });
      this.hls.on(Hls.Events.ERROR, (event, data) => {
        if (data.fatal) {
          this.dispatchEvent(new CustomEvent('player-error', { detail: `${data.type}: ${data.details}` }));
        }
      });
      this.hls.loadSource(src);
      this.hls.attachMedia(this.video);
    } else if (this.video.canPlayType('application/vnd.apple.mpegurl')) {
      this.video.src = src;
    }
  }
}

customElements.define('hls-player', HlsPlayer);
