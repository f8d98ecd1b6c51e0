package cn.gov.egov.portal.learning.reminders.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gov.egov.portal.learning.reminders.RequiredCourseRepository;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;

/** Builds the home page's {@link DeadlinesCard} for a learner (other roles have no required courses). */
@Component
public class DeadlinesCards {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RequiredCourseRepository courses;
    private final Clock clock;

    public DeadlinesCards(RequiredCourseRepository courses, Clock clock) {
        this.courses = courses;
        this.clock = clock;
    }

    public Optional<DeadlinesCard> card(PortalUser user) {
        if (user.role() != Role.LEARNER) {
            return Optional.empty();
        }
        return Optional.of(new DeadlinesCard(courses.open(user.id(), LocalDate.now(clock.withZone(CHINA)))));
    }
}
