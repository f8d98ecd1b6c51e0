package cn.gov.egov.conference.bridge.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.conference.authority.CurrentActor;
import cn.gov.egov.conference.bridge.BridgeDraft;
import cn.gov.egov.conference.bridge.BridgeService;
import cn.gov.egov.conference.bridge.BridgeStatus;
import cn.gov.egov.conference.system.web.Versions;

/** Video bridges (视频桥) with their health and load; changes for system administrators. */
@RestController
@RequestMapping("/api/v1/bridges")
class BridgeController {

    /** A bridge as the API shows it. */
    record BridgeView(String id, String url, String regionCode, int capacity, boolean enabled, String source,
                      long version, boolean healthy, Double stressLevel, Integer participants, Integer conferences,
                      double load, Instant checkedAt, String lastError) {

        static BridgeView of(BridgeStatus s) {
            var b = s.bridge();
            return new BridgeView(b.id(), b.baseUrl().toString(), b.regionCode(), b.capacity(), b.enabled(),
                    b.source(), b.version(), s.healthy(), s.stats() == null ? null : s.stats().stressLevel(),
                    s.stats() == null ? null : s.stats().participants(),
                    s.stats() == null ? null : s.stats().conferences(), s.load(), s.checkedAt(), s.lastError());
        }
    }

    private final BridgeService bridges;

    BridgeController(BridgeService bridges) {
        this.bridges = bridges;
    }

    @GetMapping
    List<BridgeView> list() {
        return bridges.list(CurrentActor.require()).stream().map(BridgeView::of).toList();
    }

    @PostMapping
    ResponseEntity<BridgeView> add(@RequestBody BridgeDraft draft) {
        BridgeView v = BridgeView.of(bridges.add(CurrentActor.require(), draft));
        return ResponseEntity.created(URI.create("/api/v1/bridges/" + v.id())).eTag(Versions.etag(v.version()))
                .body(v);
    }

    @PutMapping("/{id}")
    ResponseEntity<BridgeView> update(@PathVariable String id, @RequestBody BridgeDraft draft,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        BridgeView v = BridgeView.of(bridges.update(CurrentActor.require(), id, draft, Versions.fromIfMatch(ifMatch)));
        return ResponseEntity.ok().eTag(Versions.etag(v.version())).body(v);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable String id) {
        bridges.remove(CurrentActor.require(), id);
        return ResponseEntity.noContent().build();
    }
}
