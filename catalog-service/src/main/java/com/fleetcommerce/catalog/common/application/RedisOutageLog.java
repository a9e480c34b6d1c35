package com.fleetcommerce.catalog.common.application;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;

/**
 * Logs a Redis outage of one read model once when it starts and once when it ends instead of once per read or event,
 * which would flood the log exactly when it matters (the metrics count every failure). Both calls say whether they
 * changed the state, so a caller can act on the start or the end of an outage.
 */
public final class RedisOutageLog {

    private final Logger log;
    private final String what;
    private final AtomicBoolean down = new AtomicBoolean();

    /** @param what what happens meanwhile, for the log line ("stock is read from the PostgreSQL copy") */
    public RedisOutageLog(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    /** @return whether this starts an outage */
    public boolean failed(RuntimeException e) {
        if (down.compareAndSet(false, true)) {
            log.warn("Redis unreachable, {}: {}", what, e.getMessage());
            return true;
        }
        log.debug("Redis still unreachable: {}", e.getMessage());
        return false;
    }

    /** @return whether this ends an outage */
    public boolean succeeded() {
        if (down.get() && down.compareAndSet(true, false)) {
            log.info("Redis reachable again");
            return true;
        }
        return false;
    }
}
