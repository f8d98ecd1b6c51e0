package cn.gov.egov.portal.conference;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.portal.conference.ConferenceModels.AuditEntry;
import cn.gov.egov.portal.conference.ConferenceModels.CalendarEntry;
import cn.gov.egov.portal.conference.ConferenceModels.CheckResult;
import cn.gov.egov.portal.conference.ConferenceModels.Conference;
import cn.gov.egov.portal.conference.ConferenceModels.ConferenceForm;
import cn.gov.egov.portal.conference.ConferenceModels.Delivery;
import cn.gov.egov.portal.conference.ConferenceModels.Occurrence;
import cn.gov.egov.portal.conference.ConferenceModels.Notice;
import cn.gov.egov.portal.conference.ConferenceModels.Page;
import cn.gov.egov.portal.conference.ConferenceModels.Room;
import cn.gov.egov.portal.conference.ConferenceModels.RoomForm;
import cn.gov.egov.portal.conference.LiveModels.Attendance;
import cn.gov.egov.portal.conference.LiveModels.LiveView;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.ServiceAuthorization;

/**
 * Calls conference-server's REST API on behalf of a signed-in user: each call carries a fresh service token naming
 * the user, role and region, and conference-server decides what the user may do. Refusals arrive as
 * {@link ConferenceApiException} with the problem; an unreachable server as {@link ConferenceServerException}.
 */
@Component
public class ConferenceServerClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient rest;
    private final ServiceAuthorization authorization;

    public ConferenceServerClient(RestClient.Builder builder, ConferenceServerProperties properties,
                                  ServiceAuthorization authorization) {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(properties.timeout());
        factory.setReadTimeout(properties.timeout());
        this.rest = builder.baseUrl(properties.baseUrl().toString()).requestFactory(factory)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw new ConferenceApiException(problem(response));
                })
                .build();
        this.authorization = authorization;
    }

    private static ApiProblem problem(ClientHttpResponse response) throws IOException {
        try {
            return JSON.readValue(response.getBody(), ApiProblem.class);
        } catch (RuntimeException e) {
            return new ApiProblem(response.getStatusCode().value(), "http-" + response.getStatusCode().value(),
                    response.getStatusText(), List.of(), null);
        }
    }

    private String auth(PortalUser user) {
        return authorization.header(user);
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ConferenceApiException e) {
            throw e;
        } catch (RestClientException e) {
            throw new ConferenceServerException("conference-server call failed: " + e.getMessage(), e);
        }
    }

    /** Rooms in the user's region subtree (the first page), for the home page. */
    public RoomPage roomsInRegion(PortalUser user) {
        Page<Room> page = rooms(user, user.regionCode(), 0, 200);
        return new RoomPage(page.items(), page.page(), page.size(), page.total());
    }

    /** One page of rooms as conference-server lists them. */
    public record RoomPage(List<Room> items, int page, int size, long total) {
    }

    public Page<Room> rooms(PortalUser user, String region, int page, int size) {
        return call(() -> rest.get().uri("/api/v1/rooms?region={r}&page={p}&size={s}", region, page, size)
                .header("Authorization", auth(user)).retrieve()
                .body(new ParameterizedTypeReference<Page<Room>>() { }));
    }

    public Room createRoom(PortalUser user, RoomForm form) {
        return call(() -> rest.post().uri("/api/v1/rooms").header("Authorization", auth(user)).body(form)
                .retrieve().body(Room.class));
    }

    public Room updateRoom(PortalUser user, UUID id, RoomForm form, long version) {
        return call(() -> rest.put().uri("/api/v1/rooms/{id}", id).header("Authorization", auth(user))
                .header("If-Match", "\"" + version + "\"").body(form).retrieve().body(Room.class));
    }

    public String issueTerminalToken(PortalUser user, UUID roomId) {
        return call(() -> rest.post().uri("/api/v1/rooms/{id}/terminal-token", roomId)
                .header("Authorization", auth(user)).retrieve()
                .body(new ParameterizedTypeReference<java.util.Map<String, String>>() { }).get("token"));
    }

    public Conference schedule(PortalUser user, ConferenceForm form) {
        return call(() -> rest.post().uri("/api/v1/conferences").header("Authorization", auth(user)).body(form)
                .retrieve().body(Conference.class));
    }

    /** Conflicts of a draft; {@code self} (may be null) is the conference being edited, which never conflicts. */
    public CheckResult check(PortalUser user, ConferenceForm form, UUID self) {
        return call(() -> rest.post().uri(self == null ? "/api/v1/conferences/check"
                        : "/api/v1/conferences/check?self=" + self).header("Authorization", auth(user))
                .body(form).retrieve().body(CheckResult.class));
    }

    public Conference update(PortalUser user, UUID id, ConferenceForm form, long version) {
        return call(() -> rest.put().uri("/api/v1/conferences/{id}", id).header("Authorization", auth(user))
                .header("If-Match", "\"" + version + "\"").body(form).retrieve().body(Conference.class));
    }

    public Conference cancel(PortalUser user, UUID id, long version) {
        return call(() -> rest.post().uri("/api/v1/conferences/{id}/cancel", id).header("Authorization", auth(user))
                .header("If-Match", "\"" + version + "\"").retrieve().body(Conference.class));
    }

    public Conference conference(PortalUser user, UUID id) {
        return call(() -> rest.get().uri("/api/v1/conferences/{id}", id).header("Authorization", auth(user))
                .retrieve().body(Conference.class));
    }

    public List<CalendarEntry> calendar(PortalUser user, String region, Instant from, Instant to) {
        return call(() -> rest.get().uri("/api/v1/calendar?region={r}&from={f}&to={t}", region, from, to)
                .header("Authorization", auth(user)).retrieve()
                .body(new ParameterizedTypeReference<List<CalendarEntry>>() { }));
    }

    /** The user's own coming and running conferences, invited or organised (我的会议). */
    public List<CalendarEntry> myConferences(PortalUser user) {
        return call(() -> rest.get().uri("/api/v1/me/conferences").header("Authorization", auth(user)).retrieve()
                .body(new ParameterizedTypeReference<List<CalendarEntry>>() { }));
    }

    public List<Occurrence> occurrences(PortalUser user, UUID conferenceId) {
        return call(() -> rest.get().uri("/api/v1/conferences/{id}/occurrences", conferenceId)
                .header("Authorization", auth(user)).retrieve()
                .body(new ParameterizedTypeReference<List<Occurrence>>() { }));
    }

    /** Delivery status of the conference's notices, for its organisers. */
    public List<Delivery> deliveries(PortalUser user, UUID conferenceId) {
        return call(() -> rest.get().uri("/api/v1/conferences/{id}/notifications?size=200", conferenceId)
                .header("Authorization", auth(user)).retrieve()
                .body(new ParameterizedTypeReference<List<Delivery>>() { }));
    }

    /** The user's own conference notices (会议通知), newest first. */
    public List<Notice> notices(PortalUser user, int size) {
        return call(() -> rest.get().uri("/api/v1/notices?size={s}", size).header("Authorization", auth(user))
                .retrieve().body(new ParameterizedTypeReference<List<Notice>>() { }));
    }

    public List<AuditEntry> audit(PortalUser user, String region, String actor, String action, int page, int size) {
        return call(() -> rest.get().uri(b -> b.path("/api/v1/audit").queryParam("region", region)
                        .queryParamIfPresent("actor", Optional.ofNullable(actor))
                        .queryParamIfPresent("action", Optional.ofNullable(action))
                        .queryParam("page", page).queryParam("size", size).build())
                .header("Authorization", auth(user)).retrieve()
                .body(new ParameterizedTypeReference<List<AuditEntry>>() { }));
    }

    /**
     * The live conference: participants and the control (会控) state. Empty when it is not live on conference-server
     * now (a 404; callers that need to tell an unknown conference apart load it with {@link #conference} first).
     */
    public Optional<LiveView> live(PortalUser user, UUID conferenceId) {
        try {
            return Optional.ofNullable(call(() -> rest.get().uri("/api/v1/conferences/{id}/live", conferenceId)
                    .header("Authorization", auth(user)).retrieve().body(LiveView.class)));
        } catch (ConferenceApiException e) {
            if (e.problem().status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Carries out a control command as the user. A refusal arrives as {@link ConferenceApiException}: 403 when the
     * user lacks authority, 409 when it cannot be done now, each with a code and a Chinese message.
     */
    public LiveView control(PortalUser user, UUID conferenceId, ControlCommand command) {
        return call(() -> rest.post().uri("/api/v1/conferences/{id}/live/control", conferenceId)
                .header("Authorization", auth(user)).body(command.body()).retrieve().body(LiveView.class));
    }

    /** The attendance (签到) summary of one occurrence, for its organisers and administrators. */
    public Attendance attendance(PortalUser user, UUID conferenceId, UUID occurrenceId) {
        return call(() -> rest.get().uri("/api/v1/conferences/{c}/occurrences/{o}/attendance", conferenceId,
                        occurrenceId).header("Authorization", auth(user)).retrieve().body(Attendance.class));
    }

    /** Reads a download while conference-server sends it. */
    @FunctionalInterface
    public interface Download<T> {
        /**
         * @param contentDisposition conference-server's header, with the file name (may be null)
         * @param length             the length in bytes, or -1 when unknown
         */
        T read(String contentDisposition, long length, InputStream body) throws IOException;
    }

    /** Streams the attendance workbook (签到表, .xlsx) of one occurrence to {@code download}. */
    public <T> T attendanceWorkbook(PortalUser user, UUID conferenceId, UUID occurrenceId, Download<T> download) {
        return call(() -> rest.get().uri("/api/v1/conferences/{c}/occurrences/{o}/attendance.xlsx", conferenceId,
                        occurrenceId).header("Authorization", auth(user)).exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        throw new ConferenceApiException(problem(response));
                    }
                    HttpHeaders headers = response.getHeaders();
                    return download.read(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION),
                            headers.getContentLength(), response.getBody());
                }));
    }
}
