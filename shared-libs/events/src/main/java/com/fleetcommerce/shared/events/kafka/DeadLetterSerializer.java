package com.fleetcommerce.shared.events.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises whatever a failed record carried: the raw bytes of a record that could not be deserialised, or the
 * deserialised key/value (a string, a JSON tree, any object as JSON) of a record whose listener failed.
 */
public class DeadLetterSerializer implements Serializer<Object> {

    private final JsonMapper jsonMapper;

    public DeadLetterSerializer(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        return switch (data) {
            case null -> null;
            case byte[] bytes -> bytes;
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            default -> jsonMapper.writeValueAsBytes(data);
        };
    }
}
