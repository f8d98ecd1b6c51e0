package cn.gov.egov.portal.learning.playback.ui;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import org.springframework.security.web.csrf.CsrfToken;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.learning.playback.PlaybackService;
import cn.gov.egov.portal.learning.playback.StartedPlayback;
import cn.gov.egov.portal.learning.progress.PlaybackException;

/**
 * 课程学习 — plays one video lesson for the signed-in learner with server-verified progress. Who may watch what is
 * decided by {@link PlaybackService#start}; this view only shows the player or the reason.
 */
@Route(value = "learn/lesson", layout = MainLayout.class)
@PermitAll
public class LessonPlayerView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final PlaybackService playback;
    private final CurrentUser currentUser;
    private String title = "";

    public LessonPlayerView(PlaybackService playback, CurrentUser currentUser) {
        this.playback = playback;
        this.currentUser = currentUser;
        addClassName("lesson-player-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        StartedPlayback started;
        try {
            started = playback.start(currentUser.get(), UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            refuse("lesson-not-found");
            return;
        } catch (PlaybackException e) {
            refuse(e.code());
            return;
        }
        title = started.lessonTitle();
        CsrfToken csrf = csrfToken();
        LessonPlayer player = new LessonPlayer(started, csrf == null ? null : csrf.getHeaderName(),
                csrf == null ? null : csrf.getToken())
                .text("initial", getTranslation("player.progress", String.format("%.1f",
                        started.creditedMillis() / 60000.0), started.creditedMillis() * 100 / started.durationMillis()))
                .text("progress", getTranslation("player.progress", "{0}", "{1}"))
                .text("complete", getTranslation("player.complete"))
                .text("no-seek", getTranslation("player.no-seek"))
                .text("offline", getTranslation("player.offline"))
                .text("presence", getTranslation("player.presence"))
                .text("presence-ok", getTranslation("player.presence.ok"));
        player.setId("lesson-player");
        H3 lesson = new H3(started.lessonTitle());
        add(new H2(started.courseTitle()), lesson, player);
        if (started.seekLimited()) {
            add(new Paragraph(getTranslation("player.rules.first-viewing")));
        }
    }

    private void refuse(String code) {
        title = getTranslation("player.refused.title");
        Paragraph why = new Paragraph(getTranslation("learning." + code));
        why.addClassName("refusal");
        add(new H2(title), why);
    }

    /** The portal session's CSRF token, which Spring Security put on the current request (null outside one). */
    private static CsrfToken csrfToken() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
