package com.fleetcommerce.shared.events.kafka;

import java.nio.charset.StandardCharsets;

import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.shared.events.core.CloudEventHeaders;
import com.fleetcommerce.shared.events.core.EventFormatException;
import com.fleetcommerce.shared.events.core.EventTypes;
import com.fleetcommerce.shared.events.core.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a consumed record (CloudEvents binary mode) into a typed {@link ReceivedEvent}, with the application's
 * {@code JsonMapper}. Anything that cannot become the expected event throws {@link EventFormatException}, which the
 * platform's error handler dead-letters without retrying.
 *
 * <pre>{@code
 * @KafkaListener(topics = "warehouse.stock")
 * void on(ConsumerRecord<String, JsonNode> record) {
 *     if (!StockChanged.TYPE.equals(ReceivedEvents.type(record))) return;  // a topic may carry several types
 *     ReceivedEvent<StockChanged> event = receivedEvents.from(record, StockChanged.class);
 * }
 * }</pre>
 */
public class ReceivedEvents {

    private final JsonMapper jsonMapper;

    public ReceivedEvents(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** The record's {@code ce_type}, or {@code null}; for dispatching on topics that carry several event types. */
    public static String type(ConsumerRecord<?, ?> record) {
        return CloudEventCodec.lastValue(record.headers(), CloudEventHeaders.TYPE);
    }

    /**
     * @param payloadType the payload record; when it declares an {@code @EventType}, the record's {@code ce_type} must
     *                    equal it
     * @throws EventFormatException for missing CloudEvents headers, a type mismatch or a payload that does not bind
     */
    public <T> ReceivedEvent<T> from(ConsumerRecord<?, ?> record, Class<T> payloadType) {
        CloudEvent event = CloudEventCodec.read(record.headers());
        EventTypes.find(payloadType).ifPresent(expected -> {
            if (!expected.equals(event.type())) {
                throw new EventFormatException("expected event type " + expected + " but the record is "
                        + event.type() + " (" + where(record) + ")");
            }
        });
        T payload = payload(record, payloadType);
        return new ReceivedEvent<>(event.id(), event.type(), event.source(), event.time(), event.subject(),
                keyOf(record), record.topic(), record.partition(), record.offset(), payload);
    }

    private <T> T payload(ConsumerRecord<?, ?> record, Class<T> payloadType) {
        Object value = record.value();
        try {
            return switch (value) {
                case null -> throw new EventFormatException("record has no payload (" + where(record) + ")");
                case JsonNode tree -> jsonMapper.treeToValue(tree, payloadType);
                case String text -> jsonMapper.readValue(text, payloadType);
                case byte[] bytes -> jsonMapper.readValue(bytes, payloadType);
                default -> {
                    if (payloadType.isInstance(value)) {
                        yield payloadType.cast(value);
                    }
                    throw new EventFormatException("cannot read a " + payloadType.getName() + " from a "
                            + value.getClass().getName() + " (" + where(record) + ")");
                }
            };
        } catch (JacksonException e) {
            throw new EventFormatException("payload does not fit " + payloadType.getName() + " (" + where(record)
                    + "): " + e.getOriginalMessage(), e);
        }
    }

    private static String keyOf(ConsumerRecord<?, ?> record) {
        return switch (record.key()) {
            case null -> null;
            case String text -> text;
            case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
            case Object other -> other.toString();
        };
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
