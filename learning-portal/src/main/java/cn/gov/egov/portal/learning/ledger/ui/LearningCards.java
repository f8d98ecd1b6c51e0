package cn.gov.egov.portal.learning.ledger.ui;

import org.springframework.stereotype.Component;

import cn.gov.egov.portal.learning.ledger.CourseHours;
import cn.gov.egov.portal.learning.playback.CoursesInProgress;
import cn.gov.egov.portal.security.PortalUser;

/** Builds the home page's {@link LearningCard} for a user from the ledger and their lesson progress. */
@Component
public class LearningCards {

    private final CourseHours hours;
    private final CoursesInProgress courses;

    public LearningCards(CourseHours hours, CoursesInProgress courses) {
        this.hours = hours;
        this.courses = courses;
    }

    public LearningCard card(PortalUser user) {
        return new LearningCard(hours.progress(user.id(), user.regionCode()), courses.of(user.id(), 5));
    }
}
