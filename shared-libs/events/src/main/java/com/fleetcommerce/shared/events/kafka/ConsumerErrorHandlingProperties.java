package com.fleetcommerce.shared.events.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.kafka.consumer.*}: retries of a failing listener before its record goes to the dead-letter topic.
 *
 * @param enabled         register the platform's error handler (a service's own {@code CommonErrorHandler} bean wins)
 * @param initialInterval pause before the first retry
 * @param multiplier      growth of the pause per retry
 * @param maxInterval     cap of the pause
 * @param maxAttempts     deliveries of a record including the first; then it is dead-lettered
 * @param dltSuffix       dead-letter topic of {@code <topic>} is {@code <topic><suffix>}
 */
@ConfigurationProperties("platform.kafka.consumer")
public record ConsumerErrorHandlingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200ms") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("10s") Duration maxInterval,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue(".dlt") String dltSuffix) {

    public ConsumerErrorHandlingProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("platform.kafka.consumer.max-attempts must be at least 1");
        }
    }
}
