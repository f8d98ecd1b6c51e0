package cn.gov.egov.portal.conference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.gov.egov.portal.conference.ConferenceModels.ConferenceForm;
import cn.gov.egov.portal.conference.ConferenceModels.InviteeContact;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.UserRepository;

/**
 * Fills in how to reach each invited user from their portal account before a conference is scheduled or changed,
 * so conference-server can mail them (ADR 0009). Invitees must be existing, enabled accounts.
 */
@Service
public class InviteeContacts {

    private final UserRepository users;

    public InviteeContacts(UserRepository users) {
        this.users = users;
    }

    /** The form with its invitees' contacts; throws {@link UnknownInviteesException} naming unknown user names. */
    public ConferenceForm attach(ConferenceForm form) {
        if (form.invitees() == null || form.invitees().isEmpty()) {
            return form.withContacts(List.of());
        }
        Map<String, PortalUser> found = users.findByUsernames(form.invitees()).stream()
                .filter(PortalUser::enabled)
                .collect(Collectors.toMap(PortalUser::username, Function.identity()));
        Set<String> unknown = new TreeSet<>(form.invitees());
        unknown.removeAll(found.keySet());
        if (!unknown.isEmpty()) {
            throw new UnknownInviteesException(unknown);
        }
        List<InviteeContact> contacts = new ArrayList<>();
        for (String name : form.invitees()) {
            PortalUser u = found.get(name);
            contacts.add(new InviteeContact(u.username(), u.displayName(), u.email(), null));
        }
        return form.withContacts(contacts);
    }

    /** Some invited user names belong to no enabled portal account. */
    public static class UnknownInviteesException extends RuntimeException {

        private final Set<String> usernames;

        public UnknownInviteesException(Set<String> usernames) {
            super("unknown portal users: " + String.join(", ", usernames));
            this.usernames = Set.copyOf(usernames);
        }

        public Set<String> usernames() {
            return new TreeSet<>(usernames);
        }
    }
}
