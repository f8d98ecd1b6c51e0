/**
 * Document lessons (PDF): the course administrator's upload (streamed to the object store, checked to be a PDF that
 * PDFBox opens, its pages counted), the learner's pdf.js viewer fed by short-lived presigned links, and reading
 * progress (every page displayed completes the lesson). See docs/courses.md "Document lessons".
 */
package cn.gov.egov.portal.learning.document;
