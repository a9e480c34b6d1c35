package com.fleetcommerce.shared.events.inbox;

import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes consumers idempotent: an event's effect and the record that it was processed commit together, so a
 * redelivered event (at-least-once delivery, relay retries, consumer rebalances) is applied once.
 *
 * <pre>{@code
 * @KafkaListener(topics = "warehouse.stock", groupId = "catalog-stock-sync")
 * void on(ConsumerRecord<String, JsonNode> record) {
 *     ReceivedEvent<StockChanged> event = receivedEvents.from(record, StockChanged.class);
 *     inbox.processOnce("catalog-stock-sync", event.id(), () -> readModel.apply(event.payload()));
 * }
 * }</pre>
 */
public class Inbox {

    private static final String INSERT = """
            insert into inbox_event (consumer, event_id) values (?, ?) on conflict do nothing
            """;

    private final JdbcTemplate jdbc;
    private final TransactionOperations transactions;

    public Inbox(JdbcTemplate jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Records that {@code consumer} processes {@code eventId}. Must run inside the transaction that applies the
     * effect: if that transaction rolls back, the event is not recorded and a redelivery processes it again. A
     * concurrent duplicate waits on the row lock until the first transaction ends.
     *
     * @return {@code true} the first time, {@code false} for a duplicate (skip the effect)
     * @throws IllegalTransactionStateException when no transaction is active
     */
    public boolean firstTime(String consumer, String eventId) {
        requireText(consumer, "consumer");
        requireText(eventId, "eventId");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "Inbox.firstTime must run inside the transaction that applies the event's effect");
        }
        return jdbc.update(INSERT, consumer, eventId) == 1;
    }

    /**
     * Runs {@code effect} in a transaction (joining the current one if any) unless the event was already processed.
     *
     * @return {@code true} when the effect ran, {@code false} for a duplicate
     */
    public boolean processOnce(String consumer, String eventId, Runnable effect) {
        Objects.requireNonNull(effect, "effect");
        Boolean processed = transactions.execute(status -> {
            if (!firstTime(consumer, eventId)) {
                return false;
            }
            effect.run();
            return true;
        });
        return Boolean.TRUE.equals(processed);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
