package com.fleetcommerce.shared.web.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired idempotency records in batches, so that no single statement holds many row locks or runs long.
 * Replicas running it at once cooperate ({@code FOR UPDATE SKIP LOCKED}); ShedLock will make it one-at-a-time later.
 */
public class IdempotencyCleanup {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);
    /** Bounds one run; whatever is left is picked up by the next. */
    private static final int MAX_BATCHES_PER_RUN = 100;

    private final IdempotencyStore store;
    private final int batchSize;

    public IdempotencyCleanup(IdempotencyStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
    }

    /** @return the number of records deleted */
    public int purgeExpired() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            int deleted = store.deleteExpired(batchSize);
            total += deleted;
            if (deleted < batchSize) {
                break;
            }
        }
        if (total > 0) {
            log.debug("Deleted {} expired idempotency records", total);
        }
        return total;
    }
}
