package com.fleetcommerce.shared.events.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes outbox rows to Kafka and marks them.
 *
 * <p>One background thread per instance. It keeps a dedicated connection doing {@code LISTEN outbox_event} (the insert
 * trigger notifies on commit) and wakes on a notification or on the safety-net poll, then drains: lock a batch of
 * unpublished rows in {@code seq} order with {@code FOR UPDATE SKIP LOCKED}, send them with an idempotent
 * {@code acks=all} producer, wait for the acknowledgements, mark the acknowledged rows and commit, and loop while rows
 * remain. Relays on several replicas share the table without sending a row twice.
 *
 * <p><b>Per-key order across relays.</b> {@code SKIP LOCKED} alone could let relay B publish key K's row 30 while
 * relay A still holds K's row 20. After locking its batch, a relay therefore looks up, for every key of the batch, the
 * smallest {@code seq} of an unpublished row of that key that is <em>not</em> in the batch, and publishes only the
 * batch's rows of that key below it; the others stay unpublished for a later round. Within a batch, a key's rows are
 * marked only up to its first failure. This relies on one assumption: writers of one aggregate are serialised (by the
 * aggregate's row lock, held until commit), so for one key {@code seq} order is commit order; a row with a smaller
 * {@code seq} can then never become visible after a larger one of the same key has been published.
 *
 * <p><b>Failures.</b> Only acknowledged rows are marked; the others get {@code attempts}/{@code last_error} and stay
 * unpublished. When a whole round fails (broker or database down) the relay backs off exponentially up to
 * {@code maxBackoff}. Delivery is at-least-once: a crash between the broker's acknowledgement and the commit re-sends
 * the row, which consumers absorb with the inbox. If the LISTEN connection breaks, the relay reconnects with backoff
 * and keeps polling meanwhile.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    static final String CHANNEL = "outbox_event";

    private static final String LOCK_BATCH = """
            select id, seq, topic, message_key, event_type, source, subject, payload::text, headers::text, created_at
            from outbox_event
            where published_at is null
            order by seq
            limit ?
            for update skip locked
            """;

    private static final String FIRST_UNPUBLISHED_OUTSIDE_BATCH = """
            select message_key, min(seq)
            from outbox_event
            where message_key = any(?) and published_at is null and not (id = any(?))
            group by message_key
            """;

    private static final String MARK_PUBLISHED = """
            update outbox_event set published_at = now(), attempts = attempts + 1 where id = any(?)
            """;

    private static final String MARK_FAILED = """
            update outbox_event set attempts = attempts + 1, last_error = ? where id = any(?)
            """;

    /** Longest single blocking wait for notifications, so {@link #stop()} is noticed promptly. */
    private static final long MAX_LISTEN_WAIT_MS = 500;
    /** How often an idle LISTEN connection is checked, to notice a connection that died silently. */
    private static final long LISTEN_VALIDATION_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** Pause before retrying rows held back for another relay, instead of waiting a full poll interval. */
    private static final long DEFERRED_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private static final TypeReference<Map<String, String>> HEADERS_TYPE = new TypeReference<>() {
    };

    private final String name;
    private final DataSource dataSource;
    private final ListenConnectionFactory listenConnections;
    private final OutboxProducerFactory producers;
    private final JsonMapper jsonMapper;
    private final OutboxMetrics metrics;
    private final long pollIntervalNanos;
    private final int batchSize;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong publishedCount = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;

    // state below is touched by the relay thread only
    private Connection listenConnection;
    private long lastListenValidation;
    private int listenFailures;
    private long nextListenAttempt;
    private Producer<String, byte[]> producer;
    private int producerGeneration;
    private int failedRounds;

    public OutboxRelay(String name, DataSource dataSource, ListenConnectionFactory listenConnections,
            OutboxProducerFactory producers, JsonMapper jsonMapper, OutboxMetrics metrics, Duration pollInterval,
            int batchSize, Duration initialBackoff, Duration maxBackoff) {
        this.name = name;
        this.dataSource = dataSource;
        this.listenConnections = listenConnections;
        this.producers = producers;
        this.jsonMapper = jsonMapper;
        this.metrics = metrics;
        this.pollIntervalNanos = pollInterval.toNanos();
        this.batchSize = batchSize;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    public String name() {
        return name;
    }

    /** Events this relay instance has published since it was created. */
    public long publishedCount() {
        return publishedCount.get();
    }

    /** Makes the relay drain now, e.g. after a bulk load done with notifications disabled. */
    public void wakeUp() {
        wakeUps.release();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay-" + name).daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeUps.release();
        Thread relayThread = thread;
        try {
            // a round in progress finishes (bounded by the producer's delivery timeout) so no acknowledged row is lost
            relayThread.join(producers.ackTimeout().plusSeconds(5).toMillis());
            if (relayThread.isAlive()) {
                log.warn("outbox relay {} did not stop in time, interrupting it", name);
                relayThread.interrupt();
                relayThread.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        log.info("outbox relay {} started", name);
        long nextDrain = System.nanoTime();
        long backoffUntil = nextDrain;
        try {
            while (running) {
                try {
                    if (ensureListening()) {
                        // rows committed while nobody listened would otherwise wait for the safety-net poll
                        nextDrain = earlier(nextDrain, later(System.nanoTime(), backoffUntil));
                    }
                    long wait = nextDrain - System.nanoTime();
                    if (wait > 0) {
                        if (awaitWakeUp(wait)) {
                            nextDrain = later(System.nanoTime(), backoffUntil);
                        }
                        continue;
                    }
                    if (!running) {
                        break;
                    }
                    RoundOutcome outcome = drain();
                    long now = System.nanoTime();
                    nextDrain = now + switch (outcome) {
                        case DRAINED -> pollIntervalNanos;
                        case DEFERRED -> Math.min(DEFERRED_RETRY_NANOS, pollIntervalNanos);
                        case PARTIAL_FAILURE -> initialBackoff.toNanos();
                        case FAILED -> backoff(failedRounds + 1).toNanos();
                    };
                    failedRounds = outcome == RoundOutcome.FAILED ? failedRounds + 1 : 0;
                    boolean backingOff = outcome == RoundOutcome.FAILED || outcome == RoundOutcome.PARTIAL_FAILURE;
                    backoffUntil = backingOff ? nextDrain : now;
                } catch (RuntimeException e) {
                    // whatever went wrong, the relay thread must survive: it is the only one publishing
                    failedRounds++;
                    nextDrain = System.nanoTime() + backoff(failedRounds).toNanos();
                    backoffUntil = nextDrain;
                    log.error("outbox relay {} hit an unexpected error, backing off", name, e);
                }
            }
        } finally {
            closeListenConnection();
            closeProducer();
            log.info("outbox relay {} stopped", name);
        }
    }

    private static long later(long nanoTimeA, long nanoTimeB) {
        return nanoTimeA - nanoTimeB > 0 ? nanoTimeA : nanoTimeB;
    }

    private static long earlier(long nanoTimeA, long nanoTimeB) {
        return nanoTimeA - nanoTimeB < 0 ? nanoTimeA : nanoTimeB;
    }

    private Duration backoff(int failures) {
        long factor = 1L << Math.min(failures - 1, 20);
        Duration delay = initialBackoff.multipliedBy(factor);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    // ---------------------------------------------------------------- LISTEN

    /** Opens the LISTEN connection when due; returns true when it was (re)established just now. */
    private boolean ensureListening() {
        long now = System.nanoTime();
        if (listenConnection != null) {
            if (now - lastListenValidation > LISTEN_VALIDATION_NANOS) {
                lastListenValidation = now;
                try {
                    if (!listenConnection.isValid(5)) {
                        listenBroken(new SQLException("LISTEN connection is no longer valid"));
                    }
                } catch (SQLException e) {
                    listenBroken(e);
                }
            }
            return false;
        }
        if (now - nextListenAttempt < 0) {
            return false;
        }
        Connection connection = null;
        try {
            connection = listenConnections.open("outbox-relay-listen:" + name);
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
            connection.unwrap(PGConnection.class);
            listenConnection = connection;
            lastListenValidation = now;
            if (listenFailures > 0) {
                log.info("outbox relay {} listens again after {} failed attempts", name, listenFailures);
            }
            listenFailures = 0;
            return true;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            listenFailures++;
            nextListenAttempt = now + backoff(listenFailures).toNanos();
            log.warn("outbox relay {} cannot LISTEN (attempt {}), polling meanwhile: {}", name, listenFailures,
                    e.toString());
            return false;
        }
    }

    /** Waits up to {@code nanos} for a notification or a wake-up; true when one arrived. */
    private boolean awaitWakeUp(long nanos) {
        try {
            if (listenConnection == null) {
                long untilReconnect = nextListenAttempt - System.nanoTime();
                long wait = untilReconnect > 0 ? Math.min(nanos, untilReconnect) : nanos;
                return wakeUps.tryAcquire(wait, TimeUnit.NANOSECONDS);
            }
            if (wakeUps.tryAcquire()) {
                return true;
            }
            int waitMs = (int) Math.max(1, Math.min(MAX_LISTEN_WAIT_MS, TimeUnit.NANOSECONDS.toMillis(nanos)));
            PGNotification[] notifications = listenConnection.unwrap(PGConnection.class).getNotifications(waitMs);
            return notifications != null && notifications.length > 0;
        } catch (SQLException e) {
            listenBroken(e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        }
    }

    private void listenBroken(SQLException cause) {
        log.warn("outbox relay {} lost its LISTEN connection, reconnecting with backoff: {}", name, cause.toString());
        closeListenConnection();
        listenFailures++;
        nextListenAttempt = System.nanoTime() + backoff(listenFailures).toNanos();
    }

    private void closeListenConnection() {
        if (listenConnection == null) {
            return;
        }
        try (Statement statement = listenConnection.createStatement()) {
            // matters when the connection is a pooled one: it must not keep collecting notifications once returned
            statement.execute("UNLISTEN *");
        } catch (SQLException e) {
            log.debug("UNLISTEN failed on relay {}", name, e);
        }
        closeQuietly(listenConnection);
        listenConnection = null;
    }

    // ---------------------------------------------------------------- drain

    enum RoundOutcome { DRAINED, DEFERRED, PARTIAL_FAILURE, FAILED }

    private RoundOutcome drain() {
        boolean deferred = false;
        while (running) {
            BatchResult batch;
            try {
                batch = publishOneBatch();
            } catch (SQLException | RuntimeException e) {
                log.warn("outbox relay {} round failed, backing off: {}", name, e.toString());
                return RoundOutcome.FAILED;
            }
            if (batch.failed() > 0) {
                return batch.published() > 0 ? RoundOutcome.PARTIAL_FAILURE : RoundOutcome.FAILED;
            }
            deferred |= batch.deferred() > 0;
            if (batch.locked() < batchSize || batch.published() == 0) {
                break;
            }
        }
        return deferred ? RoundOutcome.DEFERRED : RoundOutcome.DRAINED;
    }

    private record BatchResult(int locked, int published, int deferred, int failed) {
    }

    private BatchResult publishOneBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<OutboxRow> rows = lockBatch(connection);
                if (rows.isEmpty()) {
                    connection.commit();
                    return new BatchResult(0, 0, 0, 0);
                }
                List<OutboxRow> eligible = inKeyOrderWithOtherRelays(connection, rows);
                SendOutcome sent = send(eligible);
                markPublished(connection, sent.acknowledged());
                markFailed(connection, sent.failed(), sent.error());
                connection.commit();
                publishedCount.addAndGet(sent.acknowledged().size());
                metrics.recordPublished(sent.acknowledged().size());
                metrics.recordFailures(sent.failed().size());
                if (!sent.failed().isEmpty()) {
                    log.warn("outbox relay {}: {} of {} events not published, will retry: {}", name,
                            sent.failed().size(), eligible.size(), sent.error());
                }
                return new BatchResult(rows.size(), sent.acknowledged().size(), rows.size() - eligible.size(),
                        sent.failed().size());
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            } finally {
                restoreAutoCommit(connection);
            }
        }
    }

    private List<OutboxRow> lockBatch(Connection connection) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LOCK_BATCH)) {
            statement.setInt(1, batchSize);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(
                            rs.getObject(1, UUID.class),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            jsonMapper.readValue(rs.getString(9), HEADERS_TYPE),
                            rs.getObject(10, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return rows;
    }

    /**
     * Keeps only the rows that may go now: for each key, those below the smallest unpublished seq of that key that
     * another relay holds (or that is otherwise outside this batch).
     */
    private List<OutboxRow> inKeyOrderWithOtherRelays(Connection connection, List<OutboxRow> rows)
            throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        UUID[] ids = new UUID[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            keys.add(rows.get(i).key());
            ids[i] = rows.get(i).id();
        }
        Map<String, Long> barriers = new HashMap<>();
        Array keyArray = connection.createArrayOf("text", keys.toArray());
        Array idArray = connection.createArrayOf("uuid", ids);
        try (PreparedStatement statement = connection.prepareStatement(FIRST_UNPUBLISHED_OUTSIDE_BATCH)) {
            statement.setArray(1, keyArray);
            statement.setArray(2, idArray);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    barriers.put(rs.getString(1), rs.getLong(2));
                }
            }
        } finally {
            keyArray.free();
            idArray.free();
        }
        if (barriers.isEmpty()) {
            return rows;
        }
        List<OutboxRow> eligible = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            Long barrier = barriers.get(row.key());
            if (barrier == null || row.seq() < barrier) {
                eligible.add(row);
            }
        }
        return eligible;
    }

    private record SendOutcome(List<UUID> acknowledged, List<UUID> failed, String error) {
    }

    private SendOutcome send(List<OutboxRow> rows) {
        List<UUID> acknowledged = new ArrayList<>(rows.size());
        List<UUID> failed = new ArrayList<>();
        if (rows.isEmpty()) {
            return new SendOutcome(acknowledged, failed, null);
        }
        Throwable error = null;
        List<Future<RecordMetadata>> futures = new ArrayList<>(rows.size());
        try {
            Producer<String, byte[]> kafka = producer();
            for (OutboxRow row : rows) {
                Future<RecordMetadata> future = kafka.send(toRecord(row));
                futures.add(future);
                if (future.isDone() && future.state() == Future.State.FAILED) {
                    // failed before leaving the client, typically no metadata within max.block.ms: the broker is
                    // unreachable and every further send would block just as long, so the rest is not attempted
                    break;
                }
            }
        } catch (RuntimeException e) {
            error = e;
        }

        long deadline = System.nanoTime() + producers.ackTimeout().toNanos();
        Set<String> brokenKeys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            if (i >= futures.size()) {
                failed.add(row.id());
                continue;
            }
            try {
                futures.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (brokenKeys.contains(row.key())) {
                    // delivered, but an earlier event of its key was not: it must go again after that one
                    failed.add(row.id());
                } else {
                    acknowledged.add(row.id());
                }
            } catch (ExecutionException e) {
                error = error == null ? e.getCause() : error;
                brokenKeys.add(row.key());
                failed.add(row.id());
            } catch (TimeoutException e) {
                error = error == null ? e : error;
                brokenKeys.add(row.key());
                failed.add(row.id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = error == null ? e : error;
                brokenKeys.add(row.key());
                failed.add(row.id());
            }
        }
        if (!failed.isEmpty()) {
            // a fresh producer after a failure: no stale metadata, buffered batches or sequence state survive
            closeProducer();
        }
        return new SendOutcome(acknowledged, failed, error == null ? null : describe(error));
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        CloudEvent event = new CloudEvent(row.id().toString(), row.type(), row.source(), row.createdAt(),
                row.subject());
        CloudEventCodec.write(event, row.extensions(), record.headers());
        return record;
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.create("outbox-relay-" + name + "-" + (++producerGeneration));
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                log.debug("closing producer of relay {} failed", name, e);
            }
            producer = null;
        }
    }

    private static void markPublished(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Array idArray = connection.createArrayOf("uuid", ids.toArray());
        try (PreparedStatement statement = connection.prepareStatement(MARK_PUBLISHED)) {
            statement.setArray(1, idArray);
            statement.executeUpdate();
        } finally {
            idArray.free();
        }
    }

    private static void markFailed(Connection connection, List<UUID> ids, String error) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Array idArray = connection.createArrayOf("uuid", ids.toArray());
        try (PreparedStatement statement = connection.prepareStatement(MARK_FAILED)) {
            statement.setString(1, error);
            statement.setArray(2, idArray);
            statement.executeUpdate();
        } finally {
            idArray.free();
        }
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getName() + ": " + error.getMessage();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // a broken connection; the pool discards it
            log.debug("restoring auto-commit failed", e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.debug("rollback failed", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("closing connection failed", e);
        }
    }
}
