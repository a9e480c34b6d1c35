package com.fleetcommerce.pricing.worker;

import java.time.Clock;

import com.fleetcommerce.pricing.price.application.ScheduledTransitions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the price changes time alone makes (a price, list or rule window starting or ending), every
 * {@code pricing.jobs.price-transitions.interval} (1 s, so an event follows a boundary within about a second);
 * one replica at a time. The watermark it moves is durable ({@link ScheduledTransitions}).
 */
@Component
class PriceTransitionJob {

    private static final Logger log = LoggerFactory.getLogger(PriceTransitionJob.class);

    private final ScheduledTransitions transitions;
    private final Clock clock;
    private final Counter published;

    PriceTransitionJob(ScheduledTransitions transitions, Clock clock, MeterRegistry meters) {
        this.transitions = transitions;
        this.clock = clock;
        this.published = Counter.builder("pricing.transitions.events")
                .description("pricing.price.changed.v1 events written because a window started or ended")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${pricing.jobs.price-transitions.interval:PT1S}")
    @SchedulerLock(name = "pricing.price-transitions", lockAtMostFor = "PT5M")
    public void run() {
        ScheduledTransitions.Run run = transitions.advance(ScheduledTransitions.WATERMARK, clock.instant());
        if (run.events() > 0) {
            published.increment(run.events());
            log.info("Scheduled price transitions in ({}, {}]: {} events", run.from(), run.to(), run.events());
        }
    }
}
