// Evaluated by SdpBrowserIT: answers the first offer with the fake camera and microphone, simulcast munged in.
async (offer) => {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 1280, height: 720 } });
  const pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require' });
  window.pc = pc;
  window.tracks = [];
  pc.ontrack = e => window.tracks.push({ mid: e.transceiver.mid, kind: e.track.kind, streams: e.streams.map(s => s.id) });
  await pc.setRemoteDescription({ type: 'offer', sdp: offer });
  const byMid = mid => pc.getTransceivers().find(t => t.mid === mid);
  for (const [mid, track] of [['0', stream.getAudioTracks()[0]], ['1', stream.getVideoTracks()[0]]]) {
    const t = byMid(mid);
    await t.sender.replaceTrack(track);
    t.sender.setStreams(stream);
    t.direction = 'sendrecv';
  }
  const { addSimulcast } = await import('/client/simulcast.js');
  window.addSimulcast = addSimulcast;
  const answer = await pc.createAnswer();
  const munged = addSimulcast(answer.sdp, '1');
  await pc.setLocalDescription({ type: 'answer', sdp: munged });
  // the bridge's candidate, written once on the first m-line, is the remote end of the BUNDLE transport
  let remoteCandidate = null;
  for (let i = 0; i < 50 && !remoteCandidate; i++) {
    (await pc.getStats()).forEach(s => {
      if (s.type === 'remote-candidate') {
        remoteCandidate = `${s.address} ${s.port} ${s.protocol}`;
      }
    });
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  return {
    remoteCandidate,
    answer: answer.sdp,
    local: pc.localDescription.sdp,
    tracks: window.tracks,
    encodings: byMid('1').sender.getParameters().encodings.length,
    idempotent: addSimulcast(munged, '1') === munged && addSimulcast(answer.sdp, '2') === answer.sdp
      && addSimulcast(answer.sdp, '0') === answer.sdp,
  };
}
