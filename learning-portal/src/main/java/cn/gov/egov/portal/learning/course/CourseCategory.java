package cn.gov.egov.portal.learning.course;

import java.util.UUID;

/** A catalog category (课程分类): 计算机知识, 业务技能, 法律法规 and the ones administrators add. */
public record CourseCategory(UUID id, String name, int position, boolean active) {
}
