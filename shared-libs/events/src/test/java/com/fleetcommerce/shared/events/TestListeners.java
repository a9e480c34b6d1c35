package com.fleetcommerce.shared.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fleetcommerce.shared.events.core.ReceivedEvent;
import com.fleetcommerce.shared.events.inbox.Inbox;
import com.fleetcommerce.shared.events.kafka.ReceivedEvents;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.JsonNode;

/** Consumers of the shared test context, written the way a service writes them, recording what they saw. */
@Configuration(proxyBeanMethods = false)
public class TestListeners {

    public static final String INBOX_CONSUMER = "inbox-test-listener";

    /** deliveries per record key, counted before the listener does its work */
    public final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    public final List<ReceivedEvent<OrderPlacedTestEvent>> received = new CopyOnWriteArrayList<>();

    private final ReceivedEvents receivedEvents;
    private final Inbox inbox;
    private final JdbcTemplate jdbc;

    public TestListeners(ReceivedEvents receivedEvents, Inbox inbox, JdbcTemplate jdbc) {
        this.receivedEvents = receivedEvents;
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    public int attemptsFor(String key) {
        AtomicInteger count = attempts.get(key);
        return count == null ? 0 : count.get();
    }

    @KafkaListener(topics = TestTopics.RETRY, groupId = "retry-test")
    void alwaysFails(ConsumerRecord<String, JsonNode> record) {
        attempts.computeIfAbsent(record.key(), k -> new AtomicInteger()).incrementAndGet();
        throw new IllegalStateException("downstream unavailable for " + record.key());
    }

    @KafkaListener(topics = TestTopics.POISON, groupId = "poison-test")
    void readsTypedEvents(ConsumerRecord<String, JsonNode> record) {
        attempts.computeIfAbsent(record.key(), k -> new AtomicInteger()).incrementAndGet();
        received.add(receivedEvents.from(record, OrderPlacedTestEvent.class));
    }

    @KafkaListener(topics = TestTopics.INBOX_LISTENER, groupId = "inbox-test")
    void appliesOnce(ConsumerRecord<String, JsonNode> record) {
        ReceivedEvent<OrderPlacedTestEvent> event = receivedEvents.from(record, OrderPlacedTestEvent.class);
        inbox.processOnce(INBOX_CONSUMER, event.id(), () -> jdbc.update(
                "insert into inbox_test_effect (consumer, event_id) values (?, ?)", INBOX_CONSUMER, event.id()));
        attempts.computeIfAbsent(record.key(), k -> new AtomicInteger()).incrementAndGet();
    }

    @Bean
    NewTopic writerTopic() {
        return new NewTopic(TestTopics.WRITER, 3, (short) 1);
    }

    @Bean
    NewTopic listenTopic() {
        return new NewTopic(TestTopics.LISTEN, 3, (short) 1);
    }

    @Bean
    NewTopic twoRelaysTopic() {
        return new NewTopic(TestTopics.TWO_RELAYS, 3, (short) 1);
    }

    @Bean
    NewTopic inboxListenerTopic() {
        return new NewTopic(TestTopics.INBOX_LISTENER, 3, (short) 1);
    }

    @Bean
    NewTopic retryTopic() {
        return new NewTopic(TestTopics.RETRY, 3, (short) 1);
    }

    @Bean
    NewTopic retryDeadLetterTopic() {
        // fewer partitions than the source on purpose
        return new NewTopic(TestTopics.RETRY + TestTopics.DLT_SUFFIX, 1, (short) 1);
    }

    @Bean
    NewTopic poisonTopic() {
        return new NewTopic(TestTopics.POISON, 3, (short) 1);
    }

    @Bean
    NewTopic poisonDeadLetterTopic() {
        return new NewTopic(TestTopics.POISON + TestTopics.DLT_SUFFIX, 1, (short) 1);
    }
}
