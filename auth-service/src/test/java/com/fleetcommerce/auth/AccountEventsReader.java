package com.fleetcommerce.auth;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fleetcommerce.testsupport.TestKafkaConsumers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code auth.account} from the beginning and waits for an account's event of a given type. */
public final class AccountEventsReader implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public AccountEventsReader(String bootstrapServers) {
        consumer = TestKafkaConsumers.strings(bootstrapServers);
        consumer.subscribe(List.of("auth.account"));
    }

    /** The payload of the first event of this type for this account (waits up to 20 s). */
    public JsonNode await(String accountId, String type) {
        JsonNode[] found = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            Optional<JsonNode> event = find(accountId, type);
            event.ifPresent(value -> found[0] = value);
            return event.isPresent();
        });
        return found[0];
    }

    public List<JsonNode> all(String accountId, String type) {
        poll();
        return seen.stream().filter(r -> accountId.equals(r.key()) && type.equals(TestKafkaConsumers.header(r, "ce_type")))
                .map(r -> JSON.readTree(r.value())).toList();
    }

    private Optional<JsonNode> find(String accountId, String type) {
        List<JsonNode> events = all(accountId, type);
        return events.isEmpty() ? Optional.empty() : Optional.of(events.getFirst());
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
