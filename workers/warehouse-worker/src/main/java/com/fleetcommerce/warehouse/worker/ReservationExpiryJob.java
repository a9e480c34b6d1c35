package com.fleetcommerce.warehouse.worker;

import java.time.Clock;

import com.fleetcommerce.warehouse.reservation.application.ReservationService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Gives back the stock of reservations whose time-to-live has passed; one replica at a time. */
@Component
class ReservationExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ReservationExpiryJob.class);

    private final ReservationService reservations;
    private final Clock clock;
    private final int batchSize;
    private final Counter expired;

    ReservationExpiryJob(ReservationService reservations, Clock clock, MeterRegistry meters,
                         @Value("${warehouse.jobs.reservation-expiry.batch-size:200}") int batchSize) {
        this.reservations = reservations;
        this.clock = clock;
        this.batchSize = batchSize;
        this.expired = Counter.builder("warehouse.reservations.expired")
                .description("Reservations released by the expiry job").register(meters);
    }

    @Scheduled(fixedDelayString = "${warehouse.jobs.reservation-expiry.interval:PT5S}")
    @SchedulerLock(name = "warehouse.reservation-expiry", lockAtMostFor = "PT5M")
    public void expireDue() {
        int total = 0;
        int done;
        // Each batch is its own transaction; keep going while full batches come back.
        do {
            done = reservations.expireDue(clock.instant(), batchSize);
            total += done;
        } while (done == batchSize);
        if (total > 0) {
            expired.increment(total);
            log.info("Expired {} reservations", total);
        }
    }
}
