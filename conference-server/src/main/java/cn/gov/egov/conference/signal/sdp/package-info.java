/**
 * SDP between the focus and a browser (DESIGN.md §3): the bridge side offers ({@link
 * cn.gov.egov.conference.signal.sdp.SdpOffer}, unified plan, one BUNDLE group, one m-line per remote source with the
 * sender's original SSRCs), the browser answers, and {@link cn.gov.egov.conference.signal.sdp.SdpAnswer} reads the
 * answer into the Colibri2 transport and sources the bridge is given. The browser adds simulcast to its answer with
 * {@code static/client/simulcast.js}. Plain Java, no Spring.
 */
package cn.gov.egov.conference.signal.sdp;
