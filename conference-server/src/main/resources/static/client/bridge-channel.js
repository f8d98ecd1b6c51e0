// The bridge channel: a WebSocket straight to the participant's Jitsi Videobridge (its URL comes in the focus's
// answer). We send which videos we want and at what height (the bridge sends no video until told); the bridge tells
// us who speaks and how much of our own video anyone wants.
export class BridgeChannel extends EventTarget {
  constructor(url) {
    super();
    this.url = url;
    this.constraints = { lastN: -1, onStageSources: [], defaultConstraints: { maxHeight: 360 }, constraints: {} };
    this.closedOnPurpose = false;
    this.open();
  }

  open() {
    this.ws = new WebSocket(this.url);
    this.ws.onopen = () => {
      this.send(Object.assign({ colibriClass: 'ReceiverVideoConstraints' }, this.constraints));
      this.dispatchEvent(new Event('open'));
    };
    this.ws.onmessage = (e) => {
      let msg;
      try { msg = JSON.parse(e.data); } catch { return; }
      switch (msg.colibriClass) {
        case 'DominantSpeakerEndpointChangeEvent':
          this.dispatchEvent(new CustomEvent('speaker', { detail: msg.dominantSpeakerEndpoint }));
          break;
        case 'SenderSourceConstraints':
          this.dispatchEvent(new CustomEvent('sender-constraints',
            { detail: { source: msg.sourceName, maxHeight: msg.maxHeight } }));
          break;
        case 'ForwardedSources':
          this.dispatchEvent(new CustomEvent('forwarded', { detail: msg.forwardedSources || [] }));
          break;
        default:
          break;
      }
    };
    this.ws.onclose = () => {
      if (this.closedOnPurpose) return;
      // tell the focus (it checks the bridge at once), then keep trying: a network blip should not cost the channel
      this.dispatchEvent(new Event('lost'));
      this.retry = setTimeout(() => this.open(), 3000);
    };
  }

  /** Which sources to show large (maxHeight `stageHeight`), the rest at `otherHeight` (0 = none). */
  want({ onStage = [], stageHeight = 720, otherHeight = 180, lastN = -1 } = {}) {
    const constraints = {};
    onStage.forEach((s) => { constraints[s] = { maxHeight: stageHeight }; });
    this.constraints = { lastN, onStageSources: onStage, defaultConstraints: { maxHeight: otherHeight }, constraints };
    this.send(Object.assign({ colibriClass: 'ReceiverVideoConstraints' }, this.constraints));
  }

  send(msg) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify(msg));
    }
  }

  close() {
    this.closedOnPurpose = true;
    clearTimeout(this.retry);
    if (this.ws) {
      this.ws.close();
    }
  }
}
