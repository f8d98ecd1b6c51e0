package cn.gov.egov.portal.learning.course;

/** What a lesson holds: a video (a media asset), a document (a PDF in the object store) or an exam. */
public enum LessonKind {
    VIDEO, DOCUMENT, EXAM
}
