package com.fleetcommerce.shared.events.kafka;

import org.apache.kafka.common.serialization.Deserializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a record value into a JSON tree, failing on anything that is not one well-formed JSON document. Configured as
 * the delegate of Spring Kafka's {@code ErrorHandlingDeserializer}, so a poison record is caught before the listener
 * and dead-lettered instead of blocking its partition. Binding the tree to a payload record is cheap and happens in
 * {@link ReceivedEvents}.
 */
public class JsonNodeDeserializer implements Deserializer<JsonNode> {

    // plain parsing needs none of the application's mapper customisations
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public JsonNode deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        return MAPPER.readTree(data);
    }
}
