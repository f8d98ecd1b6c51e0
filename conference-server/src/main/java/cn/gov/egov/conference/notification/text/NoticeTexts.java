package cn.gov.egov.conference.notification.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.gov.egov.conference.conference.ConferenceKind;
import cn.gov.egov.conference.notification.ConferenceFacts;
import cn.gov.egov.conference.notification.ConferenceFacts.Venue;
import cn.gov.egov.conference.notification.Occasion;

/**
 * The words of every notice: Simplified Chinese first, then one English paragraph; times in Beijing time
 * (Asia/Shanghai), {@code yyyy-MM-dd HH:mm}. SMS texts are Chinese only and short. Plain Java.
 */
public final class NoticeTexts {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String SIGNATURE = "政务视频会议系统（系统自动发送，请勿回复）\n"
            + "E-Government Video Conferencing (automatic message, please do not reply)";

    private NoticeTexts() {
    }

    /** A notice's subject, body (e-mail and portal) and SMS text. */
    public record Text(String subject, String body, String sms) {
    }

    public static String subjectPrefix(Occasion occasion) {
        return switch (occasion) {
            case SCHEDULED -> "【会议通知】";
            case CHANGED, REMOVED -> "【会议变更通知】";
            case CANCELLED -> "【会议取消通知】";
            case REMINDER -> "【会前提醒】";
        };
    }

    /**
     * @param label whom the notice greets (a room's contact, a user's name); may be null
     * @param start the start of the occurrence meant (the first one, or the reminded one)
     * @param end   its end
     */
    public static Text compose(Occasion occasion, ConferenceFacts f, String label, Instant start, Instant end) {
        String whenZh = whenZh(start, end);
        String whenEn = whenEn(start, end);
        RecurrenceText.Wording repeat = f.recurring() && occasion != Occasion.REMINDER
                ? RecurrenceText.describe(f.rrule(), f.occurrences(), f.lastStart(), BEIJING) : null;
        String startsAt = TIME.format(start.atZone(BEIJING));
        StringBuilder b = new StringBuilder();
        if (label != null && !label.isBlank()) {
            b.append(label).append("：\n\n");
        }
        b.append(switch (occasion) {
            case SCHEDULED -> "您好！现将以下会议安排通知如下，请按时参加。";
            case CHANGED -> "您好！以下会议的安排已变更，请以本通知为准。";
            case REMOVED -> "您好！以下会议的安排已变更，您已不再参加此会议，原日程作废。";
            case CANCELLED -> "您好！以下会议已取消，原日程作废。";
            case REMINDER -> "您好！以下会议将于 " + startsAt + " 开始，请提前做好参会准备。";
        }).append("\n\n");
        b.append("会议名称：").append(f.title()).append('\n');
        b.append("会议类型：").append(f.kind() == ConferenceKind.TRAINING ? "培训" : "会议").append('\n');
        b.append("会议时间：").append(whenZh).append("（北京时间）\n");
        if (repeat != null) {
            b.append("重复周期：").append(repeat.chinese()).append('\n');
        }
        b.append("主会场：").append(venue(f.mainVenue())).append('\n');
        b.append("参会会场：").append(names(f.venues())).append("（共 ").append(f.venues().size()).append(" 个）\n");
        if (f.description() != null && !f.description().isBlank()) {
            b.append("会议说明：").append(f.description()).append('\n');
        }
        if (!occasion.withdraws()) {
            b.append("\n请各会场提前完成视频会议设备调试。\n");
        }
        b.append('\n').append(english(occasion, f, whenEn, startsAt, repeat)).append("\n\n").append(SIGNATURE);
        String subject = subjectPrefix(occasion) + f.title();
        return new Text(subject, b.toString(), sms(occasion, f, whenZh, startsAt));
    }

    private static String english(Occasion occasion, ConferenceFacts f, String when, String startsAt,
                                  RecurrenceText.Wording repeat) {
        String title = "\u201c" + f.title() + "\u201d";
        String series = repeat == null ? "" : ", repeating " + repeat.english();
        String rooms = f.venues().size() + (f.venues().size() == 1 ? " room takes part" : " rooms take part");
        return switch (occasion) {
            case SCHEDULED -> "Conference notice: " + title + " is scheduled for " + when + " (Beijing time)" + series
                    + "; main venue: " + f.mainVenue().name() + "; " + rooms + ".";
            case CHANGED -> "Conference changed: " + title + " is now " + when + " (Beijing time)" + series
                    + "; main venue: " + f.mainVenue().name() + "; " + rooms + ". This notice replaces earlier ones.";
            case REMOVED -> "Conference changed: you no longer take part in " + title + " (" + when
                    + ", Beijing time); please remove it from your calendar.";
            case CANCELLED -> "Conference cancelled: " + title + " (" + when + ", Beijing time)" + series
                    + " will not take place.";
            case REMINDER -> "Reminder: " + title + " starts at " + startsAt + " (Beijing time), " + when
                    + "; main venue: " + f.mainVenue().name() + ".";
        };
    }

    private static String sms(Occasion occasion, ConferenceFacts f, String when, String startsAt) {
        String t = "\u300c" + f.title() + "\u300d";
        String series = f.recurring() && occasion != Occasion.REMINDER ? "（共 " + f.occurrences() + " 次）" : "";
        return "【政务视频会议】" + switch (occasion) {
            case SCHEDULED -> "会议通知：" + t + "，" + when + series + "，主会场：" + f.mainVenue().name() + "。";
            case CHANGED -> "会议变更：" + t + "改为 " + when + series + "，主会场：" + f.mainVenue().name() + "。";
            case REMOVED -> "会议变更：您已不再参加" + t + "（" + when + "）。";
            case CANCELLED -> "会议取消：" + t + "（" + when + series + "）已取消。";
            case REMINDER -> "会前提醒：" + t + "将于 " + startsAt + " 开始，主会场：" + f.mainVenue().name() + "。";
        };
    }

    /** {@code 2025-06-02 09:00 至 11:00}, or both dates when it ends on another day. */
    public static String whenZh(Instant start, Instant end) {
        return DAY_TIME.format(start.atZone(BEIJING)) + " 至 " + endText(start, end);
    }

    private static String whenEn(Instant start, Instant end) {
        return DAY_TIME.format(start.atZone(BEIJING)) + "\u2013" + endText(start, end);
    }

    private static String endText(Instant start, Instant end) {
        ZonedDateTime s = start.atZone(BEIJING);
        ZonedDateTime e = end.atZone(BEIJING);
        return s.toLocalDate().equals(e.toLocalDate()) ? TIME.format(e) : DAY_TIME.format(e);
    }

    private static String venue(Venue v) {
        return v.address() == null || v.address().isBlank() ? v.name() : v.name() + "（" + v.address() + "）";
    }

    private static String names(List<Venue> venues) {
        return String.join("、", venues.stream().map(Venue::name).toList());
    }
}
