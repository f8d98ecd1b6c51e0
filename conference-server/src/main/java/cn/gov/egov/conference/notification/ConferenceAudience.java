package cn.gov.egov.conference.notification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.gov.egov.conference.conference.Conference;
import cn.gov.egov.conference.conference.ConferenceRepository;
import cn.gov.egov.conference.notification.Notification.Channel;
import cn.gov.egov.conference.notification.sms.MobileNumbers;
import cn.gov.egov.conference.notification.sms.SmsGateway;
import cn.gov.egov.conference.room.MeetingRoom;
import cn.gov.egov.conference.room.MeetingRoomRepository;

/**
 * Who hears about a conference: each participating room's contact (e-mail; SMS to a mobile number while the SMS
 * gateway is on) and each invited portal user (a portal notice, plus e-mail and SMS when the {@link UserDirectory}
 * knows their addresses). One address is told once.
 */
@Component
public class ConferenceAudience {

    private static final Logger log = LoggerFactory.getLogger(ConferenceAudience.class);

    private final ConferenceRepository conferences;
    private final MeetingRoomRepository rooms;
    private final UserDirectory users;
    private final boolean sms;

    public ConferenceAudience(ConferenceRepository conferences, MeetingRoomRepository rooms, UserDirectory users,
                              ObjectProvider<SmsGateway> sms) {
        this.conferences = conferences;
        this.rooms = rooms;
        this.users = users;
        this.sms = sms.getIfAvailable() != null;
    }

    /** A conference as notices describe it, with everyone who is to hear about it now. */
    public record Snapshot(ConferenceFacts facts, List<Recipient> recipients) {
    }

    public Optional<Snapshot> snapshot(UUID conferenceId) {
        return conferences.find(conferenceId).map(c -> {
            List<MeetingRoom> participating = rooms.findAll(c.roomIds());
            ConferenceFacts facts = ConferenceFacts.of(c, participating, conferences.occurrences(c.id()));
            return new Snapshot(facts, recipients(c, participating));
        });
    }

    /** True when notices on the channel are written at all (SMS only while the gateway is on). */
    public boolean reaches(Channel channel) {
        return channel != Channel.SMS || sms;
    }

    List<Recipient> recipients(Conference c, List<MeetingRoom> participating) {
        Map<String, Recipient> out = new LinkedHashMap<>();
        List<MeetingRoom> ordered = new ArrayList<>(participating);
        ordered.sort(Comparator.comparing(MeetingRoom::regionCode).thenComparing(MeetingRoom::name));
        for (MeetingRoom r : ordered) {
            String label = r.contactName() == null || r.contactName().isBlank() ? r.name()
                    : r.contactName() + "（" + r.name() + "）";
            add(out, Channel.EMAIL, email(r.contactEmail()), label);
            add(out, Channel.SMS, MobileNumbers.normalize(r.contactPhone()), label);
        }
        for (String username : c.invitees()) {
            UserContact contact = lookup(username);
            String label = contact.displayName() == null || contact.displayName().isBlank() ? username
                    : contact.displayName();
            add(out, Channel.PORTAL, username, label);
            add(out, Channel.EMAIL, email(contact.email()), label);
            add(out, Channel.SMS, MobileNumbers.normalize(contact.mobile()), label);
        }
        return List.copyOf(out.values());
    }

    private void add(Map<String, Recipient> out, Channel channel, String address, String label) {
        if (address != null && reaches(channel)) {
            Recipient r = new Recipient(channel, address, truncate(label));
            out.putIfAbsent(r.key(), r);
        }
    }

    private UserContact lookup(String username) {
        try {
            UserContact c = users.lookup(username);
            return c == null ? UserContact.UNKNOWN : c;
        } catch (RuntimeException e) {
            log.warn("User directory failed for {}; the user gets a portal notice only: {}", username, e.toString());
            return UserContact.UNKNOWN;
        }
    }

    private static String email(String address) {
        if (address == null || address.isBlank() || !address.contains("@")) {
            return null;
        }
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String label) {
        return label == null || label.length() <= 200 ? label : label.substring(0, 200);
    }
}
