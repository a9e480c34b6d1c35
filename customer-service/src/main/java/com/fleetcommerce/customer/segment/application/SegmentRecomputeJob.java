package com.fleetcommerce.customer.segment.application;

import com.fleetcommerce.customer.segment.domain.SegmentRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The full recompute of every dynamic segment, on a schedule and on one replica at a time (ShedLock). The
 * per-customer recompute keeps membership current on every change; this run catches what no event announces: time
 * passing ("last order within 30 days") and drift.
 */
@Component
@ConditionalOnBooleanProperty("platform.jobs.enabled")
public class SegmentRecomputeJob {

    private static final Logger log = LoggerFactory.getLogger(SegmentRecomputeJob.class);

    private final SegmentRepository segments;
    private final SegmentMembership membership;

    SegmentRecomputeJob(SegmentRepository segments, SegmentMembership membership) {
        this.segments = segments;
        this.membership = membership;
    }

    @Scheduled(fixedDelayString = "${customer.segments.recompute-interval:PT1H}",
            initialDelayString = "${customer.segments.recompute-interval:PT1H}")
    @SchedulerLock(name = "customer.segments.recompute", lockAtMostFor = "PT30M")
    public void run() {
        // void: ShedLock's proxy cannot lock methods that return a primitive (it returns null when skipped)
        int changes = membership.recomputeAll(segments.dynamic());
        log.info("segment recompute: {} membership changes", changes);
    }
}
