package cn.gov.egov.conference.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.Authority;
import cn.gov.egov.conference.conference.Conference;
import cn.gov.egov.conference.conference.ConferenceRepository;
import cn.gov.egov.conference.system.errors.NotFoundException;

/** What the API shows: a conference's deliveries to its organisers, and each user their own portal notices. */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final ConferenceRepository conferences;
    private final Authority authority;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, ConferenceRepository conferences,
                               Authority authority, Clock clock) {
        this.notifications = notifications;
        this.conferences = conferences;
        this.authority = authority;
        this.clock = clock;
    }

    /** The delivery status of every notice of a conference, for administrators of its organising region. */
    public List<Notification> deliveries(Actor actor, UUID conferenceId, Notification.Status status, int page,
                                         int size) {
        Conference c = conferences.find(conferenceId)
                .orElseThrow(() -> new NotFoundException("no conference " + conferenceId));
        authority.requireManage(actor, c.organiserRegion());
        return notifications.forConference(conferenceId, status, page, size);
    }

    public List<Notification> notices(Actor actor, boolean unreadOnly, int page, int size) {
        return notifications.notices(actor.username(), unreadOnly, page, size);
    }

    public long unread(Actor actor) {
        return notifications.countUnread(actor.username());
    }

    /** Marks one of the actor's own notices read; another user's notice is not found. */
    public Notification markRead(Actor actor, UUID id) {
        return notifications.markRead(id, actor.username(), clock.instant())
                .orElseThrow(() -> new NotFoundException("no notice " + id));
    }
}
