package cn.gov.egov.portal.media;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.ServiceAuthorization;

/** Queues, reads and cancels transcode jobs on media-worker with a signed service token (ADR 0006, 0010). */
@Component
public class MediaWorkerClient {

    private final RestClient rest;
    private final ServiceAuthorization authorization;

    public MediaWorkerClient(RestClient.Builder builder, MediaWorkerProperties properties,
                             ServiceAuthorization authorization) {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(properties.timeout());
        factory.setReadTimeout(properties.timeout());
        this.rest = builder.clone().baseUrl(properties.workerUrl().toString()).requestFactory(factory).build();
        this.authorization = authorization;
    }

    public MediaJob submit(UUID assetId, String sourceKey, String filename, PortalUser requestedBy) {
        return call(() -> rest.post().uri("/api/v1/jobs").header("Authorization", token(requestedBy))
                .body(Map.of("assetId", assetId, "sourceKey", sourceKey, "filename", filename, "kind", "UPLOAD"))
                .retrieve().body(MediaJob.class));
    }

    public MediaJob get(UUID jobId) {
        return call(() -> rest.get().uri("/api/v1/jobs/{id}", jobId).header("Authorization", token(null))
                .retrieve().body(MediaJob.class));
    }

    public MediaJob cancel(UUID jobId, PortalUser requestedBy) {
        return call(() -> rest.post().uri("/api/v1/jobs/{id}/cancel", jobId)
                .header("Authorization", token(requestedBy)).retrieve().body(MediaJob.class));
    }

    private String token(PortalUser user) {
        return authorization.header(user);
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientException e) {
            throw new MediaWorkerException("media-worker call failed: " + e.getMessage(), e);
        }
    }
}
