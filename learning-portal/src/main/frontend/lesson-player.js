// <lesson-player session-id=… src=…/master.m3u8 resume=ms furthest=ms interval=ms max-rate=2 [seek-limited]
//                csrf-header=… csrf-token=… text-*=…>: the course player. Plays through <hls-player> (hls.js on
// presigned links), resumes, keeps the learner from seeking past the furthest point on first viewing, reports a
// heartbeat every interval to POST /api/learning/heartbeats and shows what the server credited. The server decides
// everything: this element only reports what the <video> does and follows the server's answers (rewind, presence
// check 请确认您仍在学习, session superseded).
import './hls-player.js';

const FINAL = new Set(['SUPERSEDED', 'SESSION_ENDED', 'UNKNOWN_SESSION', 'WRONG_LEARNER']);

class LessonPlayer extends HTMLElement {
  connectedCallback() {
    if (this.player) {
      return;
    }
    this.sessionId = this.getAttribute('session-id');
    this.sequence = 0;
    this.seekLimited = this.hasAttribute('seek-limited');
    this.allowed = Number(this.getAttribute('furthest') || 0) / 1000;
    this.maxRate = Number(this.getAttribute('max-rate') || 2);
    this.player = document.createElement('hls-player');
    this.player.setAttribute('src', this.getAttribute('src'));
    if (this.getAttribute('poster')) {
      this.player.setAttribute('poster', this.getAttribute('poster'));
    }
    this.appendChild(this.player);
    this.status = document.createElement('div');
    this.status.className = 'lesson-status';
    this.status.setAttribute('aria-live', 'polite');
    this.status.textContent = this.getAttribute('text-initial') || '';
    this.appendChild(this.status);
    this.notice = document.createElement('div');
    this.notice.className = 'lesson-notice';
    this.notice.style.color = 'var(--lumo-error-text-color)';
    this.appendChild(this.notice);
    const video = this.player.video;
    this.video = video;
    const resume = Number(this.getAttribute('resume') || 0) / 1000;
    video.addEventListener('loadedmetadata', () => {
      if (resume > 0) {
        video.currentTime = resume;
      }
      this.last = video.currentTime;
    }, { once: true });
    this.last = resume;
    video.addEventListener('timeupdate', () => {
      const t = video.currentTime;
      if (!video.seeking && t >= this.last && t - this.last < 3) {
        this.allowed = Math.max(this.allowed, t);
      }
      this.last = t;
    });
    video.addEventListener('seeking', () => {
      if (this.seekLimited && video.currentTime > this.allowed + 1) {
        video.currentTime = this.allowed;
        this.notice.textContent = this.getAttribute('text-no-seek') || '';
      }
      this.last = video.currentTime;
    });
    video.addEventListener('ratechange', () => {
      if (video.playbackRate > this.maxRate) {
        video.playbackRate = this.maxRate;
      }
    });
    video.addEventListener('pause', () => this.send());
    this.timer = setInterval(() => this.send(), Number(this.getAttribute('interval') || 15000));
    this.onHide = () => this.end();
    window.addEventListener('pagehide', this.onHide);
  }

  disconnectedCallback() {
    window.removeEventListener('pagehide', this.onHide);
    this.end();
  }

  headers() {
    const h = { 'Content-Type': 'application/json' };
    const name = this.getAttribute('csrf-header');
    if (name) {
      h[name] = this.getAttribute('csrf-token');
    }
    return h;
  }

  async send() {
    if (this.ended || this.busy || !this.video) {
      return;
    }
    this.busy = true;
    const v = this.video;
    const body = {
      sessionId: this.sessionId, sequence: ++this.sequence, position: v.currentTime || 0,
      playing: !v.paused && !v.ended, rate: v.playbackRate || 1
    };
    try {
      const response = await fetch('/api/learning/heartbeats', {
        method: 'POST', headers: this.headers(), body: JSON.stringify(body), credentials: 'same-origin'
      });
      this.handle(await response.json());
    } catch (e) {
      this.notice.textContent = this.getAttribute('text-offline') || '';
    } finally {
      this.busy = false;
    }
  }

  handle(reply) {
    if (reply.reason === 'MALFORMED') {
      return;
    }
    if (reply.durationMillis > 0) {
      const minutes = (reply.totalCreditedMillis / 60000).toFixed(1);
      this.status.textContent = (this.getAttribute('text-progress') || '{0} {1}')
        .replace('{0}', minutes).replace('{1}', reply.creditedPercent);
      this.allowed = Math.max(this.allowed, reply.furthestMillis / 1000);
    }
    if (reply.complete) {
      this.seekLimited = false;
      this.status.textContent += ' ' + (this.getAttribute('text-complete') || '');
    }
    this.notice.textContent = reply.accepted && reply.reason === 'ACCEPTED' ? '' : reply.message;
    if (reply.rewindToSeconds !== null && reply.rewindToSeconds !== undefined) {
      this.video.currentTime = reply.rewindToSeconds;
    }
    if (FINAL.has(reply.reason)) {
      this.video.pause();
      this.stop();
    }
    if (reply.presenceToken) {
      this.askPresence(reply.presenceToken);
    }
    this.dispatchEvent(new CustomEvent('lesson-progress', { detail: reply }));
  }

  askPresence(token) {
    if (this.dialog && this.dialog.open) {
      return;
    }
    if (!this.dialog) {
      this.dialog = document.createElement('dialog');
      this.dialog.className = 'presence-check';
      const text = document.createElement('p');
      text.textContent = this.getAttribute('text-presence') || '请确认您仍在学习';
      this.confirm = document.createElement('button');
      this.confirm.textContent = this.getAttribute('text-presence-ok') || 'OK';
      this.dialog.append(text, this.confirm);
      this.appendChild(this.dialog);
    }
    // the check pauses crediting until answered: pause the video too, so the learner misses nothing
    this.video.pause();
    this.confirm.onclick = async () => {
      await fetch(`/api/learning/playbacks/${encodeURIComponent(this.sessionId)}/presence`, {
        method: 'POST', headers: this.headers(), body: JSON.stringify({ token }), credentials: 'same-origin'
      });
      this.dialog.close();
      this.notice.textContent = '';
      this.video.play().catch(() => {});
    };
    this.dialog.showModal();
  }

  stop() {
    this.ended = true;
    clearInterval(this.timer);
  }

  end() {
    if (this.ended) {
      return;
    }
    this.send();
    this.stop();
    fetch(`/api/learning/playbacks/${encodeURIComponent(this.sessionId)}/end`, {
      method: 'POST', headers: this.headers(), keepalive: true, credentials: 'same-origin'
    }).catch(() => {});
  }
}

customElements.define('lesson-player', LessonPlayer);
