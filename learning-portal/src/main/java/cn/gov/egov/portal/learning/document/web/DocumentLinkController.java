package cn.gov.egov.portal.learning.document.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.portal.learning.document.DocumentException;
import cn.gov.egov.portal.learning.document.DocumentReading;
import cn.gov.egov.portal.security.PortalPrincipal;

/**
 * {@code GET /api/learning/documents/{lessonId}/link}: a fresh, short-lived presigned link to a document lesson's
 * PDF, asked by the viewer each time it loads the document, so the portal is not in the document's data path and a
 * copied link soon stops working. Checked on every request ({@link DocumentReading#link}); refused with 404 (no such
 * lesson or not the user's to open, not telling which) or 409 (not a document / not uploaded yet), with a message.
 */
@RestController
@RequestMapping(path = "/api/learning/documents", produces = MediaType.APPLICATION_JSON_VALUE)
class DocumentLinkController {

    private final DocumentReading reading;

    DocumentLinkController(DocumentReading reading) {
        this.reading = reading;
    }

    @GetMapping("/{lessonId}/link")
    ResponseEntity<Map<String, Object>> link(@AuthenticationPrincipal PortalPrincipal who,
                                             @PathVariable String lessonId) {
        try {
            UUID id = UUID.fromString(lessonId);
            String url = reading.link(who == null ? null : who.user(), id);
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("url", url));
        } catch (IllegalArgumentException e) {
            return refusal(new DocumentException("not-found", "课程内容不存在或您无权查看"));
        } catch (DocumentException e) {
            return refusal(e);
        }
    }

    private static ResponseEntity<Map<String, Object>> refusal(DocumentException e) {
        HttpStatus status = "not-found".equals(e.code()) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .body(Map.of("reason", e.code(), "message", e.getMessage()));
    }
}
