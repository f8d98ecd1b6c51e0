package cn.gov.egov.conference.notification.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.conference.authority.CurrentActor;
import cn.gov.egov.conference.notification.Notification;
import cn.gov.egov.conference.notification.NotificationService;
import cn.gov.egov.conference.system.web.PageParams;

/** Delivery status of a conference's notifications (organisers), and each user's own portal notices. */
@RestController
@RequestMapping("/api/v1")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** Every notice of the conference, newest first, with status, attempts and the last error. */
    @GetMapping("/conferences/{id}/notifications")
    List<DeliveryResponse> deliveries(@PathVariable UUID id,
                                      @RequestParam(value = "status", required = false) Notification.Status status,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        PageParams.check(page, size);
        return notifications.deliveries(CurrentActor.require(), id, status, page, size).stream()
                .map(DeliveryResponse::of).toList();
    }

    /** The acting user's portal notices, newest first. */
    @GetMapping("/notices")
    List<NoticeResponse> notices(@RequestParam(defaultValue = "false") boolean unread,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        PageParams.check(page, size);
        return notifications.notices(CurrentActor.require(), unread, page, size).stream()
                .map(NoticeResponse::of).toList();
    }

    /** How many of the acting user's notices are unread (for the portal's badge). */
    @GetMapping("/notices/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unread(CurrentActor.require()));
    }

    @PostMapping("/notices/{id}/read")
    NoticeResponse read(@PathVariable UUID id) {
        return NoticeResponse.of(notifications.markRead(CurrentActor.require(), id));
    }
}
