package cn.gov.egov.portal.conference.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.portal.conference.ConferenceApiException;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.ConferenceServerException;
import cn.gov.egov.portal.security.PortalPrincipal;

/**
 * 导出签到表: streams the attendance workbook of one occurrence from conference-server to the signed-in user's
 * browser, with the user's service token. The portal only lets signed-in users here (SecurityConfiguration);
 * conference-server decides whether the user may see the attendance. Nothing is buffered or kept.
 */
@RestController
class AttendanceExportController {

    private static final Logger log = LoggerFactory.getLogger(AttendanceExportController.class);

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ConferenceServerClient client;

    AttendanceExportController(ConferenceServerClient client) {
        this.client = client;
    }

    @GetMapping("/conference/attendance/{conferenceId}/{occurrenceId}.xlsx")
    void export(@PathVariable UUID conferenceId, @PathVariable UUID occurrenceId,
                @AuthenticationPrincipal PortalPrincipal user, HttpServletResponse response) throws IOException {
        try {
            client.attendanceWorkbook(user.user(), conferenceId, occurrenceId, (disposition, length, body) -> {
                response.setContentType(XLSX);
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition != null ? disposition
                        : ContentDisposition.attachment().filename("attendance.xlsx").build().toString());
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                if (length >= 0) {
                    response.setContentLengthLong(length);
                }
                body.transferTo(response.getOutputStream());
                return null;
            });
        } catch (ConferenceApiException e) {
            int status = e.problem().status();
            log.info("Attendance export of occurrence {} refused: {}", occurrenceId, status);
            refuse(response, status >= 400 && status < 600 ? status : HttpServletResponse.SC_BAD_GATEWAY,
                    status == 403 ? "attendance.export.forbidden" : status == 404 ? "problem.not-found"
                            : "attendance.export.failed");
        } catch (ConferenceServerException e) {
            log.warn("Attendance export of occurrence {} failed: {}", occurrenceId, e.getMessage());
            refuse(response, HttpServletResponse.SC_BAD_GATEWAY, "conference.unavailable");
        }
    }

    /** A short page in the portal's default language (Chinese), for a browser that followed the link. */
    private static void refuse(HttpServletResponse response, int status, String key) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String text = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT).getString(key);
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
