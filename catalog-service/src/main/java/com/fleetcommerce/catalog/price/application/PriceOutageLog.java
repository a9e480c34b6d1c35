package com.fleetcommerce.catalog.price.application;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;

/**
 * Logs a Redis outage once when it starts and once when it ends instead of once per read or event, which would
 * flood the log exactly when it matters (the metrics count every failure).
 */
final class PriceOutageLog {

    private final Logger log;
    private final String what;
    private final AtomicBoolean down = new AtomicBoolean();

    PriceOutageLog(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    /** @return whether this starts an outage */
    boolean failed(RuntimeException e) {
        if (down.compareAndSet(false, true)) {
            log.warn("Redis unreachable, {}: {}", what, e.getMessage());
            return true;
        }
        log.debug("Redis still unreachable: {}", e.getMessage());
        return false;
    }

    /** @return whether this ends an outage */
    boolean succeeded() {
        if (down.get() && down.compareAndSet(true, false)) {
            log.info("Redis reachable again");
            return true;
        }
        return false;
    }
}
