package com.fleetcommerce.shared.web.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs {@link IdempotencyCleanup} every {@code platform.web.idempotency.cleanup.interval}. */
public class IdempotencyCleanupScheduler {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanupScheduler.class);

    private final IdempotencyCleanup cleanup;

    public IdempotencyCleanupScheduler(IdempotencyCleanup cleanup) {
        this.cleanup = cleanup;
    }

    @Scheduled(initialDelayString = "${platform.web.idempotency.cleanup.interval:PT10M}",
            fixedDelayString = "${platform.web.idempotency.cleanup.interval:PT10M}")
    public void run() {
        try {
            cleanup.purgeExpired();
        }
        catch (RuntimeException ex) {
            // the database may be briefly unavailable; the next run tries again
            log.warn("Idempotency cleanup failed: {}", ex.toString());
        }
    }
}
