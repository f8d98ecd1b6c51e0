package cn.gov.egov.conference.notification;

import org.springframework.stereotype.Component;

import cn.gov.egov.conference.conference.InviteeContactRepository;

/**
 * Invitees' addresses as the portal last sent them with a schedule request (ADR 0009): conference-server never
 * reads the portal's user table and never calls back; a user the portal sent nothing for gets portal notices only.
 */
@Component
class ContactBookDirectory implements UserDirectory {

    private final InviteeContactRepository contacts;

    ContactBookDirectory(InviteeContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public UserContact lookup(String username) {
        return contacts.find(username)
                .map(c -> new UserContact(c.displayName(), c.email(), c.mobile()))
                .orElse(UserContact.UNKNOWN);
    }
}
