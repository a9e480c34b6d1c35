package com.fleetcommerce.shared.events.kafka;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The producer behind dead-lettering. Deliberately not exposed as a {@code KafkaTemplate} or {@code ProducerFactory}
 * bean: a second one would make the service's own {@code KafkaTemplate} injection ambiguous.
 */
public final class DeadLetterProducer implements DisposableBean {

    private final DefaultKafkaProducerFactory<Object, Object> producerFactory;
    private final KafkaTemplate<Object, Object> template;

    /** @param producerConfig the service's producer configuration ({@code spring.kafka.*}) */
    public DeadLetterProducer(Map<String, Object> producerConfig, JsonMapper jsonMapper) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        Serializer<Object> serializer = new DeadLetterSerializer(jsonMapper);
        this.producerFactory = new DefaultKafkaProducerFactory<>(config, serializer, serializer);
        this.template = new KafkaTemplate<>(producerFactory);
    }

    public KafkaTemplate<Object, Object> template() {
        return template;
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
    }
}
