package cn.gov.egov.portal.learning.exam.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the exam feature ({@code portal.exam.*}).
 *
 * @param sweepInterval how often the server hands in attempts whose deadline has passed (default 5 s)
 * @param maxImportSize the largest Moodle XML or GIFT file accepted (default 5 MB)
 */
@ConfigurationProperties("portal.exam")
public record ExamProperties(@DefaultValue("5s") Duration sweepInterval, @DefaultValue("5MB") DataSize maxImportSize) {
}
