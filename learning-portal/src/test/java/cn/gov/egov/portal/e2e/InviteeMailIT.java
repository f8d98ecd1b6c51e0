package cn.gov.egov.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.gov.egov.embedded.FreePort;
import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.conference.ConferenceModels.Conference;
import cn.gov.egov.portal.conference.ConferenceModels.ConferenceForm;
import cn.gov.egov.portal.conference.ConferenceModels.Room;
import cn.gov.egov.portal.conference.ConferenceModels.RoomForm;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.InviteeContacts;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.UserRepository;

/**
 * End to end: the demo region administrator schedules a conference through the portal inviting {@code learner};
 * the portal attaches the learner's address from the account, and the real conference-server (its own process)
 * mails the invitation to a real SMTP server (GreenMail in this JVM). Unknown invitees are refused before any call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
@DirtiesContext
class InviteeMailIT {

    private static final int SMTP_PORT = FreePort.find();
    private static final int CONFERENCE_PORT = FreePort.find();
    private static final GreenMail SMTP = startSmtp();

    private static ConferenceServerProcess conferenceServer;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
        // started inside the test, once this portal's port is known
        registry.add("portal.conference-server.base-url", () -> "http://127.0.0.1:" + CONFERENCE_PORT);
    }

    private static GreenMail startSmtp() {
        GreenMail g = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    @AfterAll
    static void stop() {
        if (conferenceServer != null) {
            conferenceServer.close();
        }
        SMTP.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    ConferenceServerClient client;

    @Autowired
    UserRepository users;

    @Autowired
    InviteeContacts contacts;

    @Test
    void unknownInviteesAreRefusedByName() {
        ConferenceForm form = new ConferenceForm("会", "MEETING", "530100", null, Set.of(), Set.of("learner",
                "no.such.user", "nobody"), null, null, "Asia/Shanghai", null, List.of(), null);
        assertThatThrownBy(() -> contacts.attach(form))
                .isInstanceOfSatisfying(InviteeContacts.UnknownInviteesException.class,
                        e -> assertThat(e.usernames()).containsExactly("no.such.user", "nobody"));
        ConferenceForm nobodyInvited = new ConferenceForm("会", "MEETING", "530100", null, Set.of(), Set.of(), null,
                null, "Asia/Shanghai", null, List.of(), null);
        assertThat(contacts.attach(nobodyInvited).inviteeContacts()).isEmpty();
    }

    @Test
    void anInvitedUserIsMailedTheInvitation() throws Exception {
        conferenceServer = ConferenceServerProcess.start("conference-data-mail", CONFERENCE_PORT, Map.of(
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", String.valueOf(SMTP_PORT),
                "CONFERENCE_NOTIFICATIONS_SENDER_DELAY", "PT0.5S"));
        PortalUser admin = users.findByUsername("region-admin").orElseThrow();
        Room room = client.createRoom(admin, new RoomForm(admin.regionCode(), "邀请邮件演练室" + System.nanoTime(),
                "测试地址", 20, null, null, null, null, true));
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(9);
        String title = "邀请邮件演练会" + System.nanoTime();
        Conference scheduled = client.schedule(admin, contacts.attach(new ConferenceForm(title, "MEETING", admin.regionCode(),
                room.id(), Set.of(room.id()), Set.of("learner"), day.atTime(LocalTime.of(9, 0)),
                day.atTime(LocalTime.of(10, 0)), "Asia/Shanghai", null, List.of(), "端到端测试")));
        assertThat(scheduled.invitees()).containsExactly("learner");

        // this conference-server also sends what other tests left pending: pick this conference's notice
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailsTo("learner@demo.egov.local", title).isEmpty());
        MimeMessage mail = mailsTo("learner@demo.egov.local", title).getFirst();
        assertThat(mail.getSubject()).isEqualTo("【会议通知】" + title);
        List<String> types = new ArrayList<>();
        leaves(mail, types);
        assertThat(types).anySatisfy(t -> assertThat(t).startsWith("text/calendar").contains("method=request"));
    }

    private static List<MimeMessage> mailsTo(String address, String title) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(title)
                        && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void leaves(Part p, List<String> types) throws MessagingException, IOException {
        if (p.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves(child, types);
            }
        } else {
            types.add(p.getContentType().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
        }
    }
}
