package com.fleetcommerce.shared.events.outbox;

import java.time.Duration;

import javax.sql.DataSource;

import com.fleetcommerce.shared.events.support.BatchedDelete;

/**
 * Deletes published outbox rows older than the retention, in small auto-committed batches. Unpublished rows are never
 * touched, however old. Replicas may run it at the same time: {@code SKIP LOCKED} lets them share the work.
 */
public class OutboxCleanup {

    private static final String DELETE_BATCH = """
            delete from outbox_event
            where id in (select id from outbox_event
                         where published_at < now() - make_interval(secs => ?)
                         order by published_at
                         limit ?
                         for update skip locked)
            """;

    private final BatchedDelete delete;
    private final Duration retention;

    public OutboxCleanup(DataSource dataSource, Duration retention, int batchSize) {
        this.delete = new BatchedDelete(dataSource, DELETE_BATCH, batchSize, "published outbox events");
        this.retention = retention;
    }

    /** Runs with the configured retention; returns the number of rows deleted. */
    public int run() {
        return deletePublishedOlderThan(retention);
    }

    public int deletePublishedOlderThan(Duration age) {
        return delete.olderThan(age);
    }
}
