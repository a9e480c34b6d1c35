package com.fleetcommerce.shared.events.inbox;

import java.time.Duration;

import javax.sql.DataSource;

import com.fleetcommerce.shared.events.support.BatchedDelete;

/**
 * Deletes inbox rows older than the retention, in small auto-committed batches. The retention must exceed the longest
 * time a redelivery can take (Kafka retention, a replay); a duplicate older than it would be processed again.
 */
public class InboxCleanup {

    private static final String DELETE_BATCH = """
            delete from inbox_event
            where (consumer, event_id) in (select consumer, event_id from inbox_event
                                           where processed_at < now() - make_interval(secs => ?)
                                           order by processed_at
                                           limit ?
                                           for update skip locked)
            """;

    private final BatchedDelete delete;
    private final Duration retention;

    public InboxCleanup(DataSource dataSource, Duration retention, int batchSize) {
        this.delete = new BatchedDelete(dataSource, DELETE_BATCH, batchSize, "inbox entries");
        this.retention = retention;
    }

    /** Runs with the configured retention; returns the number of rows deleted. */
    public int run() {
        return deleteOlderThan(retention);
    }

    public int deleteOlderThan(Duration age) {
        return delete.olderThan(age);
    }
}
