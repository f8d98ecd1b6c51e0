package cn.gov.egov.conference.room;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param onlineWindow a terminal counts as online when its last heartbeat is at most this old */
@ConfigurationProperties("conference.rooms")
public record RoomProperties(@DefaultValue("PT90S") Duration onlineWindow) {
}
