package cn.gov.egov.conference.conference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.egov.conference.system.EmailAddresses;
import cn.gov.egov.conference.system.errors.InvalidInputException.FieldError;

/**
 * How to reach one invited portal user outside the portal, as the portal knows it when it schedules (ADR 0009).
 * Every part but the user name is optional.
 *
 * @param username    the invitee, one of the conference's invitees
 * @param displayName the name to greet them with, at most 100 characters
 * @param email       a plain e-mail address
 * @param mobile      an 11-digit mainland mobile number, for SMS
 */
public record InviteeContact(String username, String displayName, String email, String mobile) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    /**
     * Trimmed contacts of {@code invitees} (one per user, the last given wins), adding a field error to
     * {@code errors} for each broken rule.
     */
    static List<InviteeContact> validate(List<InviteeContact> given, Set<String> invitees, List<FieldError> errors) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        Map<String, InviteeContact> clean = new LinkedHashMap<>();
        for (InviteeContact c : given) {
            if (c == null || c.username() == null || !invitees.contains(c.username().strip())) {
                errors.add(new FieldError("inviteeContacts", "invitee-contact.not-invited",
                        "contact details are only taken for invitees of this conference"));
                continue;
            }
            InviteeContact t = new InviteeContact(c.username().strip(), blankToNull(c.displayName()),
                    blankToNull(c.email()), blankToNull(c.mobile()));
            if (t.displayName() != null && t.displayName().length() > 100) {
                errors.add(new FieldError("inviteeContacts", "invitee-contact.name-too-long",
                        "display name of " + t.username() + ": at most 100 characters"));
            }
            if (t.email() != null && !EmailAddresses.isValid(t.email())) {
                errors.add(new FieldError("inviteeContacts", "invitee-contact.email-malformed",
                        "e-mail of " + t.username() + " is not an address"));
            }
            if (t.mobile() != null && !MOBILE.matcher(t.mobile()).matches()) {
                errors.add(new FieldError("inviteeContacts", "invitee-contact.mobile-malformed",
                        "mobile of " + t.username() + " must be 11 digits, like 13800000000"));
            }
            clean.put(t.username(), t);
        }
        return new ArrayList<>(clean.values());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
