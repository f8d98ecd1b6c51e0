package cn.gov.egov.portal.learning.exam.store;

import java.time.Instant;

import cn.gov.egov.portal.learning.exam.bank.Question;

/** A question of a region's bank with its bookkeeping: whose bank, whether in use, where it came from. */
public record StoredQuestion(Question question, String regionCode, boolean active, String source, String createdBy,
                             Instant createdAt) {
}
