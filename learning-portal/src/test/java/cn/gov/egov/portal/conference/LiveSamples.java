package cn.gov.egov.portal.conference;

import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.portal.conference.LiveModels.LiveView;

/** Live views as conference-server writes them (LiveController, ControlState), for the panel's tests. */
public final class LiveSamples {

    public static final String CONFERENCE = "6f0c2d7e-8f1a-4c1b-9a53-0c9e2b7d1a11";
    public static final String KUNMING_ROOM = "11111111-2222-3333-4444-555555555555";
    public static final String WUHUA_ROOM = "66666666-7777-8888-9999-000000000000";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LiveSamples() {
    }

    /**
     * Three venues: Kunming's room (main, joined first), Wuhua's room (muted, hand raised, thin link LOW, still
     * connecting) and a desktop user (camera off, hand raised earlier); Wuhua is broadcast, polling runs at the main
     * venue, a former venue is banned. Fields the portal does not read ({@code departed}, {@code joinedAt} …) are in.
     */
    public static String json(boolean muted) {
        return """
                {"conferenceId":"%1$s","occurrenceId":"0d0d0d0d-1111-2222-3333-444444444444","title":"全省防汛调度会",
                 "participants":[
                   {"id":"p-km","name":"昆明市政府视频会议室","kind":"ROOM","regionCode":"530100","username":null,"roomId":"%2$s"},
                   {"id":"p-wh","name":"五华区政府视频会议室","kind":"ROOM","regionCode":"530102","username":null,"roomId":"%3$s"},
                   {"id":"p-li","name":"李娜","kind":"DESKTOP","regionCode":"530102","username":"li.na","roomId":null}],
                 "connected":["p-km","p-li"],
                 "control":{"conferenceId":"%1$s","revision":12,"updatedAt":"2026-11-22T02:00:00Z",
                   "venues":[
                     {"venue":{"participantId":"p-wh","kind":"ROOM","displayName":"五华区政府视频会议室","regionCode":"530102","username":null,"roomId":"%3$s"},
                      "joinOrder":3,"joinedAt":"2026-11-22T01:58:00Z","audioMuted":true,"videoOff":false,"handRaisedAt":"2026-11-22T01:59:30Z","thinLink":"LOW"},
                     {"venue":{"participantId":"p-km","kind":"ROOM","displayName":"昆明市政府视频会议室","regionCode":"530100","username":null,"roomId":"%2$s"},
                      "joinOrder":1,"joinedAt":"2026-11-22T01:57:00Z","audioMuted":%4$s,"videoOff":false,"handRaisedAt":null,"thinLink":"NORMAL"},
                     {"venue":{"participantId":"p-li","kind":"DESKTOP","displayName":"李娜","regionCode":"530102","username":"li.na","roomId":null},
                      "joinOrder":2,"joinedAt":"2026-11-22T01:57:30Z","audioMuted":%4$s,"videoOff":true,"handRaisedAt":"2026-11-22T01:59:00Z","thinLink":"NORMAL"}],
                   "mainVenue":"p-km","mainVenueIdentity":"room:%2$s","broadcast":"p-wh","rollCall":null,
                   "polling":{"intervalSeconds":20,"target":"MAIN_VENUE","current":"p-li","nextSwitch":"2026-11-22T02:00:20Z"},
                   "muteAll":%5$s,"locked":true,"ended":false,
                   "banned":[{"identity":"room:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee","displayName":"官渡区会议室","regionCode":"530111","at":"2026-11-22T01:59:50Z","by":"region-admin"}],
                   "departed":[{"identity":"room:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee","at":"2026-11-22T01:59:50Z","audioMuted":false,"videoOff":false,"thinLink":"NORMAL"}],
                   "layout":{"mainVenue":"p-km","featured":"p-wh","featuredAtMainVenue":"p-li"}}}
                """.formatted(CONFERENCE, KUNMING_ROOM, WUHUA_ROOM, muted,
                muted ? "{\"since\":\"2026-11-22T02:00:00Z\",\"exceptMain\":false,\"exceptIdentity\":null}" : "null");
    }

    public static LiveView view(boolean muted) {
        return JSON.readValue(json(muted), LiveView.class);
    }
}
