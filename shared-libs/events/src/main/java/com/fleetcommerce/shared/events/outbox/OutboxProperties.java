package com.fleetcommerce.shared.events.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.outbox.*}.
 *
 * @param enabled                the whole outbox (writer, relay, cleanup, metrics)
 * @param relayEnabled           run a relay in this process; switch off where another deployable relays the same database
 * @param pollInterval           safety-net poll when no notification arrives (missed NOTIFY, LISTEN connection down)
 * @param batchSize              rows locked and published per round
 * @param initialBackoff         first pause after a failed round (broker or database down); doubles up to maxBackoff
 * @param maxBackoff             cap of the exponential backoff
 * @param bootstrapServers       relay brokers; default {@code spring.kafka.bootstrap-servers}
 * @param producer               Kafka producer properties for the relay, applied last (e.g. {@code max.block.ms})
 * @param metricsRefreshInterval how often the backlog gauges are recomputed (one query, not one per scrape)
 * @param cleanup                deletion of published rows
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("30s") Duration maxBackoff,
        List<String> bootstrapServers,
        Map<String, String> producer,
        @DefaultValue("15s") Duration metricsRefreshInterval,
        @DefaultValue Cleanup cleanup) {

    public OutboxProperties {
        bootstrapServers = bootstrapServers == null ? List.of() : List.copyOf(bootstrapServers);
        producer = producer == null ? Map.of() : Map.copyOf(producer);
        if (batchSize < 1) {
            throw new IllegalArgumentException("platform.outbox.batch-size must be at least 1");
        }
    }

    /**
     * @param enabled   schedule the cleanup in this process
     * @param retention published rows older than this are deleted
     * @param interval  how often the cleanup runs
     * @param batchSize rows deleted per statement, so no single statement holds many locks or runs long
     */
    public record Cleanup(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("7d") Duration retention,
            @DefaultValue("1h") Duration interval,
            @DefaultValue("5000") int batchSize) {
    }
}
