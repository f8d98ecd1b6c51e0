package cn.gov.egov.media.job.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.media.job.JobRequest;
import cn.gov.egov.media.job.TranscodeJobService;
import cn.gov.egov.media.system.web.NotFoundException;
import cn.gov.egov.platform.security.ServiceTokens.ServiceCall;

/** Transcode jobs for our own services (signed service tokens): queue, follow, cancel. */
@RestController
@RequestMapping("/api/v1/jobs")
class JobController {

    private final TranscodeJobService jobs;

    JobController(TranscodeJobService jobs) {
        this.jobs = jobs;
    }

    /** 201 with a new job, or 200 with the job already waiting or running for the asset. */
    @PostMapping
    ResponseEntity<JobView> submit(@RequestBody JobRequest request, @AuthenticationPrincipal ServiceCall call) {
        String by = call == null ? null : call.hasActor() ? call.actor().username() : call.caller();
        var submitted = jobs.submit(request, by);
        JobView view = JobView.of(submitted.job());
        return submitted.created()
                ? ResponseEntity.created(URI.create("/api/v1/jobs/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/{id}")
    JobView get(@PathVariable UUID id) {
        return jobs.find(id).map(JobView::of).orElseThrow(() -> new NotFoundException("no job " + id));
    }

    @GetMapping
    List<JobView> forAsset(@RequestParam UUID assetId) {
        return jobs.forAsset(assetId).stream().map(JobView::of).toList();
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<JobView> cancel(@PathVariable UUID id) {
        jobs.cancel(id).orElseThrow(() -> new NotFoundException("no job " + id));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(get(id));
    }
}
