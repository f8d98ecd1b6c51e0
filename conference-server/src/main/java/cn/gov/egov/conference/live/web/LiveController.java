package cn.gov.egov.conference.live.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.CurrentActor;
import cn.gov.egov.conference.conference.ConferenceService;
import cn.gov.egov.conference.control.ControlResult;
import cn.gov.egov.conference.control.ControlState;
import cn.gov.egov.conference.control.Controller;
import cn.gov.egov.conference.live.Attendee;
import cn.gov.egov.conference.live.LiveConference;
import cn.gov.egov.conference.live.LiveConferences;
import cn.gov.egov.conference.live.LiveControl;
import cn.gov.egov.conference.live.Signals;
import cn.gov.egov.conference.system.errors.NotFoundException;

/**
 * The live state of a conference and its control (会控) for the portal's control panel: who is in, the control
 * state, and control commands (docs/control.md) by the acting user. Seeing it needs the right to see the conference;
 * each command is checked against the user's authority over the venue and audited.
 */
@RestController
@RequestMapping("/api/v1/conferences/{conferenceId}/live")
class LiveController {

    private final LiveConferences live;
    private final LiveControl control;
    private final ConferenceService conferences;

    LiveController(LiveConferences live, LiveControl control, ConferenceService conferences) {
        this.live = live;
        this.control = control;
        this.conferences = conferences;
    }

    /** A participant: who, and what its client says it sends ({@code audio}, {@code video}, {@code screen}). */
    record Participant(String id, String name, String kind, String regionCode, String username, UUID roomId,
                       boolean main, boolean audio, boolean video, boolean screen) {
    }

    /** The live conference as the acting user sees it, with what they may control ({@code authority}). */
    record LiveView(UUID conferenceId, UUID occurrenceId, String title, List<Participant> participants,
                    List<String> connected, ControlState control, Signals.Authority authority) {
    }

    @GetMapping
    LiveView get(@PathVariable UUID conferenceId) {
        return view(conference(conferenceId));
    }

    @PostMapping("/control")
    LiveView command(@PathVariable UUID conferenceId, @RequestBody Map<String, Object> command) {
        LiveConference c = conference(conferenceId);
        Controller by = Controller.user(CurrentActor.require());
        ControlResult result = control.apply(c, by, command);
        return new LiveView(conferenceId, c.info().occurrenceId(), c.info().title(), participants(c), c.connected(),
                result.state(), c.authorityOf(by));
    }

    private LiveConference conference(UUID conferenceId) {
        Actor actor = CurrentActor.require();
        conferences.get(actor, conferenceId); // 404 unknown, 403 not visible
        return live.findByConference(conferenceId).orElseThrow(() -> new NotFoundException("not-live",
                "the conference is not live on this server now"));
    }

    private static LiveView view(LiveConference c) {
        return new LiveView(c.info().conferenceId(), c.info().occurrenceId(), c.info().title(), participants(c),
                c.connected(), c.controlState(), c.authorityOf(Controller.user(CurrentActor.require())));
    }

    private static List<Participant> participants(LiveConference c) {
        Map<String, Attendee> members = c.members();
        return c.roster().stream().map(m -> {
            Attendee a = members.get(m.id());
            return new Participant(m.id(), m.name(), m.kind(), m.region(), a.username(), a.roomId(), m.main(),
                    m.audio(), m.video(), m.screen());
        }).toList();
    }
}
