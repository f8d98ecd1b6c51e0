package cn.gov.egov.conference.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.gov.egov.conference.conference.ConferenceEvent;

/**
 * Writes the notices of a scheduled, changed or cancelled conference into the outbox, inside the transaction that
 * made the change (just before it commits): they exist exactly when the change does, and nothing here talks to a
 * mail server, so no outage can delay or undo scheduling. A change also tells those it removes, whose calendar
 * entry it withdraws.
 */
@Component
class ConferenceNotifier {

    private final ConferenceAudience audience;
    private final NoticeFactory factory;
    private final OutboxRepository outbox;
    private final Clock clock;

    ConferenceNotifier(ConferenceAudience audience, NoticeFactory factory, OutboxRepository outbox, Clock clock) {
        this.audience = audience;
        this.factory = factory;
        this.outbox = outbox;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void on(ConferenceEvent event) {
        Occasion occasion = switch (event.type()) {
            case SCHEDULED -> Occasion.SCHEDULED;
            case CHANGED -> Occasion.CHANGED;
            case CANCELLED -> Occasion.CANCELLED;
            case WENT_LIVE, ENDED -> null;
        };
        if (occasion == null) {
            return;
        }
        audience.snapshot(event.conferenceId()).ifPresent(s -> write(occasion, s));
    }

    private void write(Occasion occasion, ConferenceAudience.Snapshot s) {
        ConferenceFacts f = s.facts();
        Instant now = clock.instant();
        List<Recipient> current = s.recipients();
        List<Recipient> before = outbox.audience(f.id()).stream().filter(r -> audience.reaches(r.channel()))
                .toList();
        List<Notification> notices = new ArrayList<>();
        switch (occasion) {
            case CANCELLED -> notices.addAll(factory.notices(occasion, f, union(current, before), null,
                    f.firstStart(), f.firstEnd(), now));
            case CHANGED -> {
                Set<String> stay = current.stream().map(Recipient::key).collect(Collectors.toSet());
                List<Recipient> removed = before.stream().filter(r -> !stay.contains(r.key())).toList();
                notices.addAll(factory.notices(Occasion.CHANGED, f, current, null, f.firstStart(), f.firstEnd(), now));
                notices.addAll(factory.notices(Occasion.REMOVED, f, removed, null, f.firstStart(), f.firstEnd(), now));
            }
            default -> notices.addAll(factory.notices(occasion, f, current, null, f.firstStart(), f.firstEnd(), now));
        }
        outbox.insert(notices);
        outbox.replaceAudience(f.id(), occasion == Occasion.CANCELLED ? List.of() : current);
    }

    private static List<Recipient> union(List<Recipient> a, List<Recipient> b) {
        Map<String, Recipient> all = new LinkedHashMap<>();
        a.forEach(r -> all.putIfAbsent(r.key(), r));
        b.forEach(r -> all.putIfAbsent(r.key(), r));
        return List.copyOf(all.values());
    }
}
