package cn.gov.egov.conference.demo;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.conference.room.MeetingRoom;
import cn.gov.egov.conference.room.MeetingRoomRepository;
import cn.gov.egov.conference.room.RoomDraft;

/** In the dev profile, registers a few meeting rooms across Yunnan's three levels on first start. */
@Component
@Profile("dev")
@Order(10)
class DemoRooms implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRooms.class);

    private final MeetingRoomRepository rooms;

    DemoRooms(MeetingRoomRepository rooms) {
        this.rooms = rooms;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (rooms.count() > 0) {
            return;
        }
        List<RoomDraft> demo = List.of(
                room("530000", "省政府第一视频会议室", "昆明市五华区五华山", 120),
                room("530100", "昆明市政府视频会议室", "昆明市呈贡区", 80),
                room("530102", "五华区政府视频会议室", "昆明市五华区", 40),
                room("532900", "大理州政府视频会议室", "大理市", 60),
                room("532901", "大理市政府视频会议室", "大理市", 30),
                room("533300", "怒江州政府视频会议室", "泸水市", 40),
                room("533323", "福贡县政府视频会议室", "福贡县上帕镇", 20));
        demo.forEach(d -> rooms.insert(new MeetingRoom(UUID.randomUUID(), d.regionCode(), d)));
        log.info("Demo data: registered {} meeting rooms", demo.size());
    }

    private static RoomDraft room(String region, String name, String address, int capacity) {
        return new RoomDraft(region, name, address, capacity, "值班员", "0871-00000000", null, "高清摄像机、拾音器、电视")
                .validate();
    }
}
