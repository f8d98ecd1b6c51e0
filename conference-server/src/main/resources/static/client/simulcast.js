/**
 * Simulcast by SDP munging, as lib-jitsi-meet does it: the camera m-line of the local answer gets three video
 * SSRCs (low, middle, high layer), each with its own RTX SSRC, tied by a=ssrc-group:SIM and one a=ssrc-group:FID
 * per layer. Chromium then sends three VP8 layers, and the bridge forwards to each receiver the layer it can take.
 *
 * Only a video m-line with exactly one primary SSRC (and its FID partner, if any) is changed; anything else (no
 * such mid, audio, no SSRC, a SIM group already there) is returned unchanged, so calling it twice changes nothing.
 *
 * @param {string} sdp the local SDP (the answer from createAnswer)
 * @param {string|number} [mid] the camera's mid, "1" by default
 * @returns {string} the SDP to give setLocalDescription
 */
export function addSimulcast(sdp, mid = '1') {
  const eol = sdp.includes('\r\n') ? '\r\n' : '\n';
  const lines = sdp.split(/\r?\n/);
  const [start, end] = section(lines, String(mid));
  if (start < 0) {
    return sdp;
  }
  const body = lines.slice(start, end);
  if (!body[0].startsWith('m=video ') || body.some(l => l.startsWith('a=ssrc-group:SIM '))) {
    return sdp;
  }
  const attributes = new Map(); // ssrc -> ["cname:…", "msid:…"]
  const fid = new Map(); // primary -> rtx
  for (const l of body) {
    let m = /^a=ssrc:(\d+) (.*)$/.exec(l);
    if (m) {
      if (!attributes.has(m[1])) {
        attributes.set(m[1], []);
      }
      attributes.get(m[1]).push(m[2]);
    }
    m = /^a=ssrc-group:FID (\d+) (\d+)$/.exec(l);
    if (m) {
      fid.set(m[1], m[2]);
    }
  }
  const rtxs = new Set(fid.values());
  const primaries = [...attributes.keys()].filter(s => !rtxs.has(s));
  if (primaries.length !== 1) {
    return sdp;
  }
  const used = new Set(lines.map(l => /^a=ssrc:(\d+)/.exec(l)).filter(Boolean).map(m => m[1]));
  const layers = [{ ssrc: primaries[0], rtx: fid.get(primaries[0]) }];
  while (layers.length < 3) {
    layers.push({ ssrc: fresh(used), rtx: layers[0].rtx === undefined ? undefined : fresh(used) });
  }
  const block = ['a=ssrc-group:SIM ' + layers.map(l => l.ssrc).join(' ')];
  for (const l of layers.filter(l => l.rtx !== undefined)) {
    block.push(`a=ssrc-group:FID ${l.ssrc} ${l.rtx}`);
  }
  for (const l of layers) {
    attributes.get(layers[0].ssrc).forEach(a => block.push(`a=ssrc:${l.ssrc} ${a}`));
    if (l.rtx !== undefined) {
      (attributes.get(layers[0].rtx) || []).forEach(a => block.push(`a=ssrc:${l.rtx} ${a}`));
    }
  }
  const first = body.findIndex(l => l.startsWith('a=ssrc'));
  const kept = body.filter(l => !l.startsWith('a=ssrc:') && !l.startsWith('a=ssrc-group:'));
  kept.splice(first, 0, ...block);
  return [...lines.slice(0, start), ...kept, ...lines.slice(end)].join(eol);
}

/** [first line, line after the last] of the media section with the given mid, or [-1, -1]. */
function section(lines, mid) {
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || lines[i].startsWith('m=')) {
      if (start >= 0 && lines.slice(start, i).includes('a=mid:' + mid)) {
        return [start, i];
      }
      start = i;
    }
  }
  return [-1, -1];
}

/** A random non-zero 32-bit SSRC not used yet, recorded as used. */
function fresh(used) {
  let ssrc;
  do {
    ssrc = String(crypto.getRandomValues(new Uint32Array(1))[0]);
  } while (ssrc === '0' || used.has(ssrc));
  used.add(ssrc);
  return ssrc;
}
