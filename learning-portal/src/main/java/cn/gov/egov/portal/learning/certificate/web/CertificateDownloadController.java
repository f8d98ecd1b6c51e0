package cn.gov.egov.portal.learning.certificate.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import cn.gov.egov.portal.learning.certificate.CertificateException;
import cn.gov.egov.portal.learning.certificate.issue.CertificateService;
import cn.gov.egov.portal.security.PortalPrincipal;

/**
 * The learner's certificate PDF ({@code GET /certificates/download/{id}}), for its owner only: 200 with the PDF, 403
 * for anyone else, 404 for an unknown or malformed id, 500 with the reason when the PDF cannot be made (e.g. the
 * font is missing); error bodies are one Chinese sentence of plain text.
 */
@RestController
class CertificateDownloadController {

    static final String PATH = "/certificates/download/";

    private final CertificateService certificates;

    CertificateDownloadController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal PortalPrincipal principal, @PathVariable UUID id) {
        CertificateService.PdfFile file = certificates.pdfFor(principal.user(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.bytes());
    }

    @ExceptionHandler(CertificateException.class)
    ResponseEntity<String> refused(CertificateException e) {
        HttpStatus status = switch (e.code()) {
            case "certificate.not-found" -> HttpStatus.NOT_FOUND;
            case "certificate.not-owner" -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        return text(status, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> malformed() {
        return text(HttpStatus.NOT_FOUND, "证书不存在");
    }

    private static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(message);
    }
}
