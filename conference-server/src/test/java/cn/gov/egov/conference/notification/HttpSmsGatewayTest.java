package cn.gov.egov.conference.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.conference.notification.sms.HttpSmsGateway;
import cn.gov.egov.conference.notification.sms.SmsConfiguration;
import cn.gov.egov.conference.notification.sms.SmsDeliveryException;
import cn.gov.egov.conference.notification.sms.SmsGateway;
import cn.gov.egov.embedded.FreePort;

/** The HTTP SMS adapter against a real HTTP server, and its switch (off unless enabled). */
class HttpSmsGatewayTest {

    private final SmsReceiver receiver = new SmsReceiver();
    private final HttpSmsGateway gateway = new HttpSmsGateway(receiver.url(), "sms-token-1", Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void postsJsonWithTheToken() {
        gateway.send("13800138000", "【政务视频会议】会议通知");
        SmsReceiver.Received r = receiver.received().getFirst();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.authorization()).isEqualTo("Bearer sms-token-1");
        JsonNode json = JsonMapper.builder().build().readTree(r.body());
        assertThat(json.get("to").asString()).isEqualTo("13800138000");
        assertThat(json.get("text").asString()).isEqualTo("【政务视频会议】会议通知");
    }

    @Test
    void refusalsArePermanentOutagesAreNot() {
        receiver.answer(400);
        assertThatThrownBy(() -> gateway.send("13800138000", "x")).isInstanceOf(SmsDeliveryException.class)
                .hasMessageContaining("400").matches(e -> ((SmsDeliveryException) e).permanent());
        receiver.answer(503);
        assertThatThrownBy(() -> gateway.send("13800138000", "x"))
                .matches(e -> !((SmsDeliveryException) e).permanent());
        receiver.answer(429);
        assertThatThrownBy(() -> gateway.send("13800138000", "x"))
                .matches(e -> !((SmsDeliveryException) e).permanent());
        HttpSmsGateway nowhere = new HttpSmsGateway(URI.create("http://127.0.0.1:" + FreePort.find() + "/sms"), null,
                Duration.ofSeconds(2));
        assertThatThrownBy(() -> nowhere.send("13800138000", "x")).isInstanceOf(SmsDeliveryException.class)
                .hasMessageContaining("unreachable").matches(e -> !((SmsDeliveryException) e).permanent());
    }

    @Test
    void theGatewayExistsOnlyWhenEnabled() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(SmsConfiguration.class);
        runner.run(context -> assertThat(context).doesNotHaveBean(SmsGateway.class));
        runner.withPropertyValues("conference.notifications.sms.enabled=false",
                        "conference.notifications.sms.url=" + receiver.url())
                .run(context -> assertThat(context).doesNotHaveBean(SmsGateway.class));
        runner.withPropertyValues("conference.notifications.sms.enabled=true",
                        "conference.notifications.sms.url=" + receiver.url())
                .run(context -> assertThat(context).getBean(SmsGateway.class).isInstanceOf(HttpSmsGateway.class));
        runner.withPropertyValues("conference.notifications.sms.enabled=true")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("conference.notifications.sms.url must be set"));
    }
}
