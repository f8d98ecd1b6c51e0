package cn.gov.egov.conference.notification.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;

/** A recurrence rule in words, Chinese and English: 「每周（周一、周三），共 10 次，末次 2025-08-04」. Plain Java. */
public final class RecurrenceText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final String[] ZH_DAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    private static final String[] EN_DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private RecurrenceText() {
    }

    /** Both wordings of one rule. */
    public record Wording(String chinese, String english) {
    }

    /**
     * @param rule        an RFC 5545 rule without the {@code RRULE:} prefix
     * @param occurrences how many occurrences the series has (after exceptions)
     * @param lastStart   the start of the last one
     * @param zone        the zone the last date is shown in
     */
    public static Wording describe(String rule, int occurrences, Instant lastStart, ZoneId zone) {
        String last = DAY.format(lastStart.atZone(zone));
        String tailZh = "，共 " + occurrences + " 次，末次 " + last;
        String tailEn = ", " + occurrences + (occurrences == 1 ? " occurrence" : " occurrences") + ", the last on "
                + last;
        Recur<?> recur;
        try {
            recur = new Recur<>(rule);
        } catch (RuntimeException e) {
            return new Wording("按规则重复（" + rule + "）" + tailZh, "repeats by the rule " + rule + tailEn);
        }
        int n = Math.max(recur.getInterval(), 1);
        String zh;
        String en;
        switch (recur.getFrequency()) {
            case DAILY -> {
                zh = n == 1 ? "每天" : "每 " + n + " 天";
                en = n == 1 ? "daily" : "every " + n + " days";
            }
            case WEEKLY -> {
                zh = n == 1 ? "每周" : "每 " + n + " 周";
                en = n == 1 ? "weekly" : "every " + n + " weeks";
            }
            case MONTHLY -> {
                zh = n == 1 ? "每月" : "每 " + n + " 个月";
                en = n == 1 ? "monthly" : "every " + n + " months";
            }
            case YEARLY -> {
                zh = n == 1 ? "每年" : "每 " + n + " 年";
                en = n == 1 ? "yearly" : "every " + n + " years";
            }
            default -> {
                return new Wording("按规则重复（" + rule + "）" + tailZh, "repeats by the rule " + rule + tailEn);
            }
        }
        List<String> daysZh = new ArrayList<>();
        List<String> daysEn = new ArrayList<>();
        for (WeekDay d : recur.getDayList()) {
            int i = WeekDay.getDayOfWeek(d).getValue() - 1;
            daysZh.add(ordinalZh(d.getOffset()) + ZH_DAYS[i]);
            daysEn.add(ordinalEn(d.getOffset()) + EN_DAYS[i]);
        }
        for (Integer day : recur.getMonthDayList()) {
            daysZh.add(day > 0 ? day + " 日" : "倒数第 " + -day + " 日");
            daysEn.add(day > 0 ? "day " + day : "day " + day + " from the end");
        }
        if (!daysZh.isEmpty()) {
            zh += "（" + String.join("、", daysZh) + "）";
            en += " (" + String.join(", ", daysEn) + ")";
        }
        return new Wording(zh + tailZh, en + tailEn);
    }

    private static String ordinalZh(int offset) {
        if (offset == 0) {
            return "";
        }
        return offset == -1 ? "最后一个" : offset > 0 ? "第 " + offset + " 个" : "倒数第 " + -offset + " 个";
    }

    private static String ordinalEn(int offset) {
        if (offset == 0) {
            return "";
        }
        if (offset == -1) {
            return "last ";
        }
        return offset > 0 ? "#" + offset + " " : "#" + -offset + " from last ";
    }
}
