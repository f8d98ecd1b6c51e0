package cn.gov.egov.conference.room;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.gov.egov.conference.system.EmailAddresses;
import cn.gov.egov.conference.system.errors.InvalidInputException;
import cn.gov.egov.conference.system.errors.InvalidInputException.FieldError;
import cn.gov.egov.region.Region;

/** What an administrator fills in to register or change a room. {@link #validate()} reports every problem. */
public record RoomDraft(String regionCode, String name, String address, int capacity, String contactName,
                        String contactPhone, String contactEmail, String equipment) {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{3,30}");

    /** Trimmed copy; throws {@link InvalidInputException} listing every broken rule. */
    public RoomDraft validate() {
        RoomDraft d = new RoomDraft(trim(regionCode), trim(name), trim(address), capacity, trim(contactName),
                trim(contactPhone), trim(contactEmail), trim(equipment));
        List<FieldError> errors = new ArrayList<>();
        if (!Region.isWellFormedCode(d.regionCode)) {
            errors.add(new FieldError("regionCode", "region.malformed", "region must be a six-digit division code"));
        }
        if (d.name == null || d.name.isEmpty()) {
            errors.add(new FieldError("name", "name.required", "name is required"));
        } else if (d.name.length() > 100) {
            errors.add(new FieldError("name", "name.too-long", "name must be at most 100 characters"));
        }
        if (d.address != null && d.address.length() > 200) {
            errors.add(new FieldError("address", "address.too-long", "address must be at most 200 characters"));
        }
        if (d.capacity < 0 || d.capacity > 10_000) {
            errors.add(new FieldError("capacity", "capacity.range", "capacity must be between 0 and 10000"));
        }
        if (d.contactName != null && d.contactName.length() > 50) {
            errors.add(new FieldError("contactName", "contact-name.too-long", "contact name: at most 50 characters"));
        }
        if (d.contactPhone != null && !PHONE.matcher(d.contactPhone).matches()) {
            errors.add(new FieldError("contactPhone", "contact-phone.malformed", "contact phone is not a phone number"));
        }
        if (d.contactEmail != null && !EmailAddresses.isValid(d.contactEmail)) {
            errors.add(new FieldError("contactEmail", "contact-email.malformed", "contact e-mail is not an address"));
        }
        if (d.equipment != null && d.equipment.length() > 1000) {
            errors.add(new FieldError("equipment", "equipment.too-long", "equipment notes: at most 1000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return d;
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
