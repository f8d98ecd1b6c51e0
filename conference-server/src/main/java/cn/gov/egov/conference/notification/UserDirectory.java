package cn.gov.egov.conference.notification;

/**
 * Contact details of portal users, who are invited to conferences by user name. The users live in the portal's
 * schema, which this service never reads (see docs/architecture.md); the portal sends invitees' addresses with each
 * schedule request ({@link ContactBookDirectory}). Called inside the scheduling transaction: implementations must
 * answer quickly and never throw for an unknown user.
 */
public interface UserDirectory {

    /** The user's contact details; {@link UserContact#UNKNOWN} when there are none. */
    UserContact lookup(String username);
}
