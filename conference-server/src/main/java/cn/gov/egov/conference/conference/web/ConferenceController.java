package cn.gov.egov.conference.conference.web;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.conference.authority.CurrentActor;
import cn.gov.egov.conference.conference.Conference;
import cn.gov.egov.conference.conference.ConferenceRepository;
import cn.gov.egov.conference.conference.ConferenceService;
import cn.gov.egov.conference.conference.Occurrence;
import cn.gov.egov.conference.system.web.Versions;

/** Scheduling conferences between rooms of the organiser's subtree, and the calendar. */
@RestController
@RequestMapping("/api/v1")
class ConferenceController {

    private final ConferenceService conferences;

    ConferenceController(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @PostMapping("/conferences")
    ResponseEntity<ConferenceResponse> schedule(@RequestBody ConferenceRequest request) {
        Conference c = conferences.schedule(CurrentActor.require(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/conferences/" + c.id()))
                .eTag(Versions.etag(c.version())).body(ConferenceResponse.of(c));
    }

    /** Checks a draft for mistakes and room conflicts without saving it (live feedback in the form). */
    @PostMapping("/conferences/check")
    Map<String, Object> check(@RequestBody ConferenceRequest request,
                              @RequestParam(value = "self", required = false) UUID self) {
        Map<String, Object> result = new HashMap<>();
        result.put("conflict", conferences.check(CurrentActor.require(), request.toDraft(), self).orElse(null));
        return result;
    }

    @GetMapping("/conferences/{id}")
    ResponseEntity<ConferenceResponse> get(@PathVariable UUID id) {
        Conference c = conferences.get(CurrentActor.require(), id);
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(ConferenceResponse.of(c));
    }

    @PutMapping("/conferences/{id}")
    ResponseEntity<ConferenceResponse> update(@PathVariable UUID id, @RequestBody ConferenceRequest request,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Conference c = conferences.update(CurrentActor.require(), id, request.toDraft(), Versions.fromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(ConferenceResponse.of(c));
    }

    @PostMapping("/conferences/{id}/cancel")
    ResponseEntity<ConferenceResponse> cancel(@PathVariable UUID id,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Conference c = conferences.cancel(CurrentActor.require(), id, Versions.fromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(ConferenceResponse.of(c));
    }

    @GetMapping("/conferences/{id}/occurrences")
    List<Occurrence> occurrences(@PathVariable UUID id) {
        return conferences.occurrences(CurrentActor.require(), id);
    }

    /** The acting user's own coming and running conferences (invited or organised), next 30 days. */
    @GetMapping("/me/conferences")
    List<ConferenceRepository.CalendarEntry> mine() {
        return conferences.mine(CurrentActor.require());
    }

    /** Occurrences between {@code from} and {@code to} (UTC instants, at most 62 days) in a region subtree. */
    @GetMapping("/calendar")
    List<ConferenceRepository.CalendarEntry> calendar(@RequestParam("region") String region,
                                                      @RequestParam("from") Instant from,
                                                      @RequestParam("to") Instant to) {
        return conferences.calendar(CurrentActor.require(), region, from, to);
    }
}
