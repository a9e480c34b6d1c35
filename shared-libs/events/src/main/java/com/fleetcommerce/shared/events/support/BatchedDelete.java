package com.fleetcommerce.shared.events.support;

import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes rows older than an age in small auto-committed batches until a batch comes back short, so a large
 * backlog never becomes one long transaction. The statement takes two parameters: the age in seconds and the
 * batch size (and should select with {@code FOR UPDATE SKIP LOCKED} so replicas can share the work).
 */
public final class BatchedDelete {

    private static final Logger log = LoggerFactory.getLogger(BatchedDelete.class);

    private final JdbcTemplate jdbc;
    private final String deleteBatchSql;
    private final int batchSize;
    private final String what;

    public BatchedDelete(DataSource dataSource, String deleteBatchSql, int batchSize, String what) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.deleteBatchSql = deleteBatchSql;
        this.batchSize = batchSize;
        this.what = what;
    }

    /** Returns the number of rows deleted. */
    public int olderThan(Duration age) {
        double seconds = age.toNanos() / 1_000_000_000.0;
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update(deleteBatchSql, seconds, batchSize);
            total += deleted;
        } while (deleted == batchSize);
        if (total > 0) {
            log.info("deleted {} {} older than {}", total, what, age);
        }
        return total;
    }
}
