package com.fleetcommerce.shared.events.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventTypes;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.events.tracing.TraceContextCapture;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events to the outbox inside the caller's business transaction (the equivalent of
 * {@code Propagation.MANDATORY}): the event exists exactly when the state change it describes commits. Publishing is
 * the relay's job; nothing here talks to Kafka.
 */
public class OutboxWriter {

    private static final String INSERT = """
            insert into outbox_event (id, topic, message_key, event_type, source, subject, payload, headers, created_at)
            values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
            """;

    private static final int BATCH_SIZE = 1_000;

    private final JdbcTemplate jdbc;
    private final JsonMapper jsonMapper;
    private final String source;
    private final TraceContextCapture traceContext;
    private final Clock clock;

    public OutboxWriter(JdbcTemplate jdbc, JsonMapper jsonMapper, String source, TraceContextCapture traceContext,
            Clock clock) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
        this.source = source;
        this.traceContext = traceContext;
        this.clock = clock;
    }

    /** Appends an event whose CloudEvents subject is the key (the aggregate id). */
    public UUID append(String topic, String key, EventPayload payload) {
        return append(topic, key, key, payload);
    }

    /**
     * Appends an event.
     *
     * @param topic   Kafka topic of the aggregate, e.g. {@code warehouse.stock}
     * @param key     aggregate id; the record key, so one aggregate's events keep their order
     * @param subject CloudEvents subject (what the event is about), may be {@code null}
     * @param payload a record annotated with {@code @EventType}
     * @return the event id ({@code ce_id})
     * @throws IllegalTransactionStateException when no transaction is active or it is read-only
     */
    public UUID append(String topic, String key, String subject, EventPayload payload) {
        requireText(topic, "topic");
        requireText(key, "key");
        Objects.requireNonNull(payload, "payload");
        requireWritableTransaction();

        String type = EventTypes.typeOf(payload.getClass());
        UUID id = Uuids.v7();
        // PostgreSQL keeps microseconds; truncating here makes ce_time identical to what the row stores
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, String> extensions = traceContext.currentHeaders();

        jdbc.update(INSERT, id, topic, key, type, source, subject,
                jsonMapper.writeValueAsString(payload),
                jsonMapper.writeValueAsString(extensions),
                now.atOffset(ZoneOffset.UTC));
        return id;
    }

    /**
     * Appends many events to one topic in JDBC batches (one round trip per batch instead of per event), for
     * operations that change many aggregates at once such as bulk imports. Same guarantees as {@link #append}. Each
     * event carries the current trace, or its entry's own ({@link OutboxEntry#trace()}).
     *
     * @return the event ids, in the order of {@code entries}
     */
    public List<UUID> appendAll(String topic, List<OutboxEntry> entries) {
        requireText(topic, "topic");
        Objects.requireNonNull(entries, "entries");
        requireWritableTransaction();
        if (entries.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String currentTrace = jsonMapper.writeValueAsString(traceContext.currentHeaders());
        List<UUID> ids = new ArrayList<>(entries.size());
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (OutboxEntry entry : entries) {
            requireText(entry.key(), "key");
            Objects.requireNonNull(entry.payload(), "payload");
            UUID id = Uuids.v7();
            ids.add(id);
            rows.add(new Object[] {id, topic, entry.key(), EventTypes.typeOf(entry.payload().getClass()), source,
                    entry.subject(), jsonMapper.writeValueAsString(entry.payload()),
                    entry.trace() == null ? currentTrace : jsonMapper.writeValueAsString(entry.trace()),
                    now.atOffset(ZoneOffset.UTC)});
        }
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            jdbc.batchUpdate(INSERT, rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
        }
        return ids;
    }

    private static void requireWritableTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "OutboxWriter.append must run inside the business transaction (Propagation.MANDATORY): "
                            + "an event written outside it could be published for a change that never commits");
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalTransactionStateException("OutboxWriter.append cannot run in a read-only transaction");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
