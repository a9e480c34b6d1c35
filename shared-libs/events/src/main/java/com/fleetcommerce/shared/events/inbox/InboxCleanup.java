package com.fleetcommerce.shared.events.inbox;

import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes inbox rows older than the retention, in small auto-committed batches. The retention must exceed the longest
 * time a redelivery can take (Kafka retention, a replay); a duplicate older than it would be processed again.
 */
public class InboxCleanup {

    private static final Logger log = LoggerFactory.getLogger(InboxCleanup.class);

    private static final String DELETE_BATCH = """
            delete from inbox_event
            where (consumer, event_id) in (select consumer, event_id from inbox_event
                                           where processed_at < now() - make_interval(secs => ?)
                                           order by processed_at
                                           limit ?
                                           for update skip locked)
            """;

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final int batchSize;

    public InboxCleanup(DataSource dataSource, Duration retention, int batchSize) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.retention = retention;
        this.batchSize = batchSize;
    }

    public int run() {
        return deleteOlderThan(retention);
    }

    public int deleteOlderThan(Duration age) {
        double seconds = age.toNanos() / 1_000_000_000.0;
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update(DELETE_BATCH, seconds, batchSize);
            total += deleted;
        } while (deleted == batchSize);
        if (total > 0) {
            log.info("deleted {} inbox entries older than {}", total, age);
        }
        return total;
    }
}
