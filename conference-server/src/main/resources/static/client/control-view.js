// What the conference-control state (会控, docs/control.md) means for one client: whom to show large, and whether
// its microphone or camera is forced off, its hand raised, its link thinned.
export function controlView(state, self) {
  const venues = (state && state.venues) || [];
  const mine = venues.find((v) => v.venue.participantId === self);
  const layout = (state && state.layout) || {};
  const atMain = self && self === layout.mainVenue;
  let featured = atMain ? layout.featuredAtMainVenue : layout.featured;
  if (featured === self) featured = atMain ? null : layout.mainVenue; // never show oneself large
  return {
    featured: featured || null,
    main: layout.mainVenue || null,
    audioMuted: !!(mine && mine.audioMuted),
    videoOff: !!(mine && mine.videoOff),
    thinLink: (mine && mine.thinLink) || 'NORMAL',
    hand: !!(mine && mine.handRaisedAt),
    hands: venues.filter((v) => v.handRaisedAt).map((v) => v.venue.participantId),
    locked: !!(state && state.locked),
    ended: !!(state && state.ended),
  };
}
