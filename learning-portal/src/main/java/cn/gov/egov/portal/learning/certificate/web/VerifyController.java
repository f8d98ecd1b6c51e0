package cn.gov.egov.portal.learning.certificate.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import cn.gov.egov.portal.learning.certificate.CertificateKind;
import cn.gov.egov.portal.learning.certificate.PublicCertificateView;
import cn.gov.egov.portal.learning.certificate.issue.CertificateService;
import cn.gov.egov.portal.learning.certificate.issue.CertificateService.NotFound;
import cn.gov.egov.portal.learning.certificate.issue.CertificateService.Revoked;
import cn.gov.egov.portal.learning.certificate.issue.CertificateService.Valid;

/**
 * The public verification page {@code /verify/{code}} (证书核验), no log-in: a small HTML page, Chinese first with
 * English beneath, showing only {@link PublicCertificateView}'s fields. A valid certificate answers 200; a revoked one
 * 404 saying 已撤销 (with what was revoked); an unknown, malformed or overlong code 404 with one neutral sentence.
 * Every text is HTML-escaped; the page is never cached by shared caches and is not indexed.
 */
@RestController
class VerifyController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CertificateService certificates;

    VerifyController(CertificateService certificates) {
        this.certificates = certificates;
    }

    /** Any path under /verify (a code with slashes too), so nothing there falls through to the Vaadin router. */
    @GetMapping("/verify/{*code}")
    ResponseEntity<String> verify(@PathVariable String code) {
        String typed = code.startsWith("/") ? code.substring(1) : code;
        return switch (certificates.verify(typed)) {
            case Valid v -> page(HttpStatus.OK, "valid", "证书有效", "This certificate is valid.", details(v.view()));
            case Revoked r -> page(HttpStatus.NOT_FOUND, "revoked", "该证书已撤销，不再有效",
                    "This certificate has been revoked and is no longer valid.", details(r.view()));
            case NotFound n -> page(HttpStatus.NOT_FOUND, "not-found", "未找到该验证码对应的证书，请核对验证码",
                    "No certificate has this verification code. Please check the code.", "");
        };
    }

    private static String details(PublicCertificateView v) {
        boolean exam = v.kind() == CertificateKind.EXAM_PASSED;
        return "<dl>"
                + row("证书编号", "Certificate No.", v.number())
                + row("证书类型", "Type", v.kind().title() + (exam ? "（合格）" : ""))
                + row("姓名", "Name", v.maskedName())
                + row(exam ? "考试名称" : "课程名称", exam ? "Exam" : "Course", v.title())
                + row("学时", "Learning hours", v.hours().stripTrailingZeros().toPlainString())
                + row("发证日期", "Issued on", DATE.format(v.issuedOn()) + " (" + v.issuedOn() + ")")
                + row("发证单位", "Issuer", v.issuer())
                + "</dl>";
    }

    private static String row(String zh, String en, String value) {
        return "<dt>" + zh + " <small>" + en + "</small></dt><dd>" + HtmlUtils.htmlEscape(value) + "</dd>";
    }

    private static ResponseEntity<String> page(HttpStatus status, String outcome, String zh, String en,
                                               String details) {
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>证书核验 Certificate verification</title>
                <style>
                body{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:0;
                  background:#f5f5f5;color:#222}
                main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border-top:4px solid #a11}
                h1{font-size:1.4rem;margin:0 0 1rem}
                .outcome{font-size:1.2rem;font-weight:bold;margin:0}
                .valid .outcome{color:#176b2c} .revoked .outcome,.not-found .outcome{color:#a11}
                .en{color:#555;margin:.2rem 0 1rem}
                dl{display:grid;grid-template-columns:minmax(7rem,auto) 1fr;gap:.4rem 1rem;margin:0}
                dt{color:#555} dd{margin:0;overflow-wrap:anywhere} small{color:#777}
                @media (max-width:30rem){dl{grid-template-columns:1fr} dd{margin-bottom:.5rem}}
                </style></head>
                <body><main class="%s" id="verification">
                <h1>证书核验 <small>Certificate verification</small></h1>
                <p class="outcome">%s</p><p class="en">%s</p>
                %s
                </main></body></html>
                """.formatted(outcome, zh, en, details);
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(html);
    }
}
