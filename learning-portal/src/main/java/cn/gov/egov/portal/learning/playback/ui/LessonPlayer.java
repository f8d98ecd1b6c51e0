package cn.gov.egov.portal.learning.playback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import cn.gov.egov.portal.learning.playback.StartedPlayback;

/**
 * The course player ({@code lesson-player.js}): the existing {@code <hls-player>} plus heartbeats to
 * {@code POST /api/learning/heartbeats}, the seek limit of first viewing, the presence check and the credited
 * progress line. The texts are handed over translated; the CSRF token of the portal session rides along for the
 * player's POSTs.
 */
@Tag("lesson-player")
@NpmPackage(value = "hls.js", version = "1.7.4")
@JsModule("./lesson-player.js")
public class LessonPlayer extends Component {

    public LessonPlayer(StartedPlayback p, String csrfHeader, String csrfToken) {
        var e = getElement();
        e.setAttribute("session-id", p.sessionId());
        e.setAttribute("src", p.masterUrl());
        e.setAttribute("poster", p.posterUrl());
        e.setAttribute("resume", Long.toString(p.resumeMillis()));
        e.setAttribute("furthest", Long.toString(p.furthestMillis()));
        e.setAttribute("interval", Long.toString(p.heartbeatIntervalMillis()));
        e.setAttribute("max-rate", Double.toString(p.maxPlaybackRate()));
        e.setAttribute("seek-limited", p.seekLimited());
        if (csrfHeader != null && csrfToken != null) {
            e.setAttribute("csrf-header", csrfHeader);
            e.setAttribute("csrf-token", csrfToken);
        }
        e.getStyle().set("display", "block").set("width", "100%").set("max-width", "960px");
    }

    /** Sets one of the player's texts ({@code text-progress}, {@code text-presence} …). */
    public LessonPlayer text(String name, String value) {
        getElement().setAttribute("text-" + name, value);
        return this;
    }
}
