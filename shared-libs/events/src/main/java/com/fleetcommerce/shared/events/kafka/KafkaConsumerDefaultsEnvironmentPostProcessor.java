package com.fleetcommerce.shared.events.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * Platform defaults for {@code spring.kafka.*}, added as the lowest-precedence property source: anything a service sets
 * (application.yml, environment, command line, test properties) still wins, key by key.
 *
 * <ul>
 * <li>keys and values go through {@code ErrorHandlingDeserializer} (delegates: {@code StringDeserializer} and
 * {@link JsonNodeDeserializer}), so a record that cannot be deserialised reaches the error handler, which
 * dead-letters it, instead of failing every poll of its partition;</li>
 * <li>a new consumer group starts from the earliest offset, so events published before its first start are not
 * skipped;</li>
 * <li>Kafka observation is on for templates and listeners, so traces continue across Kafka.</li>
 * </ul>
 */
public class KafkaConsumerDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE_NAME = "platformKafkaDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.kafka.consumer.key-deserializer", ErrorHandlingDeserializer.class.getName());
        defaults.put("spring.kafka.consumer.value-deserializer", ErrorHandlingDeserializer.class.getName());
        defaults.put("spring.kafka.consumer.properties." + ErrorHandlingDeserializer.KEY_DESERIALIZER_CLASS,
                StringDeserializer.class.getName());
        defaults.put("spring.kafka.consumer.properties." + ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS,
                JsonNodeDeserializer.class.getName());
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        environment.getPropertySources().remove(PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
    }

    @Override
    public int getOrder() {
        // after the config data (application.yml) has been loaded, so addLast really is the lowest precedence
        return Ordered.LOWEST_PRECEDENCE;
    }
}
