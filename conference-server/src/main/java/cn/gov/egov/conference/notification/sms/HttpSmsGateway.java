package cn.gov.egov.conference.notification.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * An SMS gateway reached over HTTP: {@code POST <url>} with {@code {"to": "<mobile>", "text": "<text>"}} and
 * {@code Authorization: Bearer <token>}; any 2xx answer means accepted. A 4xx answer (other than 408 and 429) is a
 * permanent refusal, anything else is retried.
 */
public class HttpSmsGateway implements SmsGateway {

    private final RestClient client;
    private final URI url;

    public HttpSmsGateway(URI url, String token, Duration timeout) {
        if (url == null) {
            throw new IllegalArgumentException(
                    "conference.notifications.sms.url must be set when conference.notifications.sms.enabled=true");
        }
        this.url = url;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        RestClient.Builder builder = RestClient.builder().requestFactory(requests);
        if (token != null && !token.isBlank()) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        this.client = builder.build();
    }

    @Override
    public void send(String mobile, String text) {
        try {
            client.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("to", mobile, "text", text))
                    .retrieve().toBodilessEntity();
        } catch (RestClientResponseException e) {
            HttpStatusCode status = e.getStatusCode();
            boolean permanent = status.is4xxClientError() && status.value() != 408 && status.value() != 429;
            throw new SmsDeliveryException("SMS gateway answered " + status.value(), permanent, e);
        } catch (RestClientException e) {
            throw new SmsDeliveryException("SMS gateway unreachable: " + e.getMessage(), false, e);
        }
    }
}
