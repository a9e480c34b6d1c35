package com.fleetcommerce.shared.events.outbox;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Outbox meters. The gauges read values cached by {@link #refresh()}, which a periodic task calls, so a Prometheus
 * scrape never runs a query; every replica reports the same database-wide backlog (aggregate with max, not sum).
 */
public class OutboxMetrics {

    private static final String BACKLOG_QUERY = """
            select count(*) as backlog,
                   coalesce(extract(epoch from (now() - min(created_at))), 0) as oldest_age
            from outbox_event
            where published_at is null
            """;

    private final JdbcTemplate jdbc;
    private final Counter published;
    private final Counter failures;
    private final AtomicLong backlog = new AtomicLong();
    /** microseconds, so the gauge can report fractions of a second */
    private final AtomicLong oldestAgeMicros = new AtomicLong();

    public OutboxMetrics(DataSource dataSource, MeterRegistry registry) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.published = Counter.builder("outbox.published")
                .description("Outbox events published to Kafka and marked")
                .register(registry);
        this.failures = Counter.builder("outbox.publish.failures")
                .description("Outbox events whose publication failed in a relay round (they are retried)")
                .register(registry);
        Gauge.builder("outbox.backlog", backlog, AtomicLong::get)
                .description("Unpublished outbox events")
                .register(registry);
        Gauge.builder("outbox.oldest.unpublished.age", oldestAgeMicros, age -> age.get() / 1_000_000.0)
                .description("Age of the oldest unpublished outbox event")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Recomputes the gauges with one query. */
    public void refresh() {
        jdbc.query(BACKLOG_QUERY, rs -> {
            backlog.set(rs.getLong("backlog"));
            oldestAgeMicros.set(Math.round(rs.getDouble("oldest_age") * 1_000_000));
        });
    }

    public long backlog() {
        return backlog.get();
    }

    public double oldestUnpublishedAgeSeconds() {
        return oldestAgeMicros.get() / 1_000_000.0;
    }

    void recordPublished(int count) {
        if (count > 0) {
            published.increment(count);
        }
    }

    void recordFailures(int count) {
        if (count > 0) {
            failures.increment(count);
        }
    }
}
