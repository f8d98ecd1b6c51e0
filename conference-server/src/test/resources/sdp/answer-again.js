// Evaluated by SdpBrowserIT after answer-first.js: answers a later offer on the same peer connection.
async (offer) => {
  const pc = window.pc;
  window.tracks = [];
  await pc.setRemoteDescription({ type: 'offer', sdp: offer });
  const answer = await pc.createAnswer();
  await pc.setLocalDescription({ type: 'answer', sdp: window.addSimulcast(answer.sdp, '1') });
  const directions = {};
  pc.getTransceivers().forEach(t => { directions[t.mid] = t.currentDirection; });
  return { answer: answer.sdp, local: pc.localDescription.sdp, tracks: window.tracks, directions };
}
