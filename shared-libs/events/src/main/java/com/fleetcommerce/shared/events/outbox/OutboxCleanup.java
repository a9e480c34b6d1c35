package com.fleetcommerce.shared.events.outbox;

import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes published outbox rows older than the retention, in small auto-committed batches. Unpublished rows are never
 * touched, however old. Replicas may run it at the same time: {@code SKIP LOCKED} lets them share the work.
 */
public class OutboxCleanup {

    private static final Logger log = LoggerFactory.getLogger(OutboxCleanup.class);

    private static final String DELETE_BATCH = """
            delete from outbox_event
            where id in (select id from outbox_event
                         where published_at < now() - make_interval(secs => ?)
                         order by published_at
                         limit ?
                         for update skip locked)
            """;

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final int batchSize;

    public OutboxCleanup(DataSource dataSource, Duration retention, int batchSize) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.retention = retention;
        this.batchSize = batchSize;
    }

    /** Runs with the configured retention; returns the number of rows deleted. */
    public int run() {
        return deletePublishedOlderThan(retention);
    }

    public int deletePublishedOlderThan(Duration age) {
        double seconds = age.toNanos() / 1_000_000_000.0;
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update(DELETE_BATCH, seconds, batchSize);
            total += deleted;
        } while (deleted == batchSize);
        if (total > 0) {
            log.info("deleted {} published outbox events older than {}", total, age);
        }
        return total;
    }
}
