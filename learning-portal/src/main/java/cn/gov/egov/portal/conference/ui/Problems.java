package cn.gov.egov.portal.conference.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.vaadin.flow.component.Component;

import cn.gov.egov.portal.conference.ApiProblem;

/** Turns conference-server's problem codes into messages in the user's language. */
final class Problems {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);

    private Problems() {
    }

    /** The message of one field error, e.g. "结束时间必须晚于开始时间". Unknown codes fall back to the server text. */
    static String field(Component c, ApiProblem.FieldError error) {
        String key = "problem.field." + error.code();
        String text = c.getTranslation(key);
        return text.startsWith("!{") || text.equals(key) ? error.message() : text;
    }

    /** A whole problem as one line. */
    static String describe(Component c, ApiProblem p) {
        if ("booking-conflict".equals(p.code()) && p.conflict() != null) {
            return conflict(c, p.conflict());
        }
        if (!p.errors().isEmpty()) {
            return field(c, p.errors().getFirst());
        }
        String key = "problem." + p.code();
        String text = c.getTranslation(key);
        return text.startsWith("!{") || text.equals(key) ? p.detail() : text;
    }

    static String conflict(Component c, Map<String, Object> conflict) {
        return c.getTranslation("schedule.conflict", conflict.get("roomName"), conflict.get("conferenceTitle"),
                TIME.format(java.time.Instant.parse(String.valueOf(conflict.get("start")))),
                TIME.format(java.time.Instant.parse(String.valueOf(conflict.get("end")))));
    }

    static String time(java.time.Instant instant) {
        return TIME.format(instant);
    }
}
