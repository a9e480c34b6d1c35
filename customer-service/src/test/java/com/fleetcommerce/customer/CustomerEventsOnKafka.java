package com.fleetcommerce.customer;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fleetcommerce.testsupport.TestKafkaConsumers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code customer.customer} from the start, as a downstream consumer would (what the outbox relay published). */
public final class CustomerEventsOnKafka implements AutoCloseable {

    public record Event(String key, String type, JsonNode payload) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new ArrayList<>();

    public CustomerEventsOnKafka(String bootstrapServers) {
        consumer = TestKafkaConsumers.strings(bootstrapServers);
        consumer.subscribe(List.of("customer.customer"));
    }

    /** Waits until an event of this key and type that satisfies {@code test} arrived; returns it. */
    public Event awaitEvent(String key, String type, Predicate<JsonNode> test) {
        Event[] found = new Event[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                seen.add(new Event(r.key(), TestKafkaConsumers.header(r, "ce_type"), JSON.readTree(r.value())));
            }
            found[0] = seen.stream().filter(e -> e.key().equals(key) && e.type().equals(type)
                    && test.test(e.payload())).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    public Event awaitEvent(String key, String type) {
        return awaitEvent(key, type, p -> true);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
