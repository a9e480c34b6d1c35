package com.fleetcommerce.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's audit records (shared-audit's {@code audit.recorded.v1}) as its tests see them: written to its outbox,
 * then published on {@code audit.events} with the CloudEvents type header and the key
 * {@code <resourceType>:<resourceId>}.
 */
public final class PublishedAuditRecords {

    public static final String TOPIC = "audit.events";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private PublishedAuditRecords() {
    }

    /** How many audit records of {@code actor} the service's outbox holds (published or not). */
    public static long writtenBy(JdbcTemplate jdbc, String actor) {
        return jdbc.queryForObject("select count(*) from outbox_event where topic = ? and payload->>'actorId' = ?",
                Long.class, TOPIC, actor);
    }

    /**
     * Checks that exactly {@code count} records of {@code actor} were written, then reads the topic from the start
     * until all of them arrived (30 s at most) and answers their payloads; each must carry the record's type and key.
     */
    public static List<JsonNode> await(JdbcTemplate jdbc, String bootstrapServers, String actor, int count) {
        assertThat(writtenBy(jdbc, actor)).as("audit records of %s in the outbox", actor).isEqualTo(count);
        List<JsonNode> mine = new ArrayList<>();
        Instant deadline = Instant.now().plus(WAIT);
        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of(TOPIC));
            while (mine.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode payload = JSON.readTree(record.value());
                    if (actor.equals(payload.path("actorId").asString())) {
                        assertThat(TestKafkaConsumers.header(record, "ce_type")).isEqualTo("audit.recorded.v1");
                        assertThat(record.key()).isEqualTo(payload.path("resourceType").asString() + ":"
                                + payload.path("resourceId").asString());
                        mine.add(payload);
                    }
                }
            }
        }
        assertThat(mine).as("audit records of %s on %s within %s", actor, TOPIC, WAIT).hasSize(count);
        return mine;
    }

    /**
     * One audit record a test expects: the action on a resource (any resource when {@code resourceId} is null), and
     * optionally one field of the after state with its value.
     */
    public record Expected(String action, String resourceType, String resourceId, String field, String value) {
    }

    /**
     * The record of {@code expected} among {@code records} (by action, and by resource id when it names one), after
     * checking it came from a staff member, through {@code service}, on the expected resource type.
     */
    public static JsonNode recordOf(List<JsonNode> records, String service, Expected expected) {
        JsonNode record = records.stream().filter(r -> r.path("action").asString().equals(expected.action())
                        && (expected.resourceId() == null
                        || r.path("resourceId").asString().equals(expected.resourceId())))
                .findFirst().orElseThrow(() -> new AssertionError("no record " + expected + " in " + records));
        assertThat(record.path("actorType").asString()).isEqualTo("staff");
        assertThat(record.path("service").asString()).isEqualTo(service);
        assertThat(record.path("resourceType").asString()).as(expected.action()).isEqualTo(expected.resourceType());
        return record;
    }

    /** Text equal to {@code expected}; numbers compare by value ("10" and "10.00" are the same). */
    public static void assertSameValue(JsonNode actual, String expected, String what) {
        String number = "-?\\d+(\\.\\d+)?";
        if (expected.matches(number) && actual.asString().matches(number)) {
            assertThat(new BigDecimal(actual.asString())).as(what).isEqualByComparingTo(new BigDecimal(expected));
        } else {
            assertThat(actual.asString()).as(what).isEqualTo(expected);
        }
    }
}
