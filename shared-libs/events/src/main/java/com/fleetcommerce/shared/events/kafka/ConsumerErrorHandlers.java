package com.fleetcommerce.shared.events.kafka;

import java.util.ArrayList;
import java.util.List;

import com.fleetcommerce.shared.events.core.EventFormatException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.ClassUtils;

/** Builds the platform's listener error handler: retry with exponential backoff, then dead-letter. */
public final class ConsumerErrorHandlers {

    /**
     * Failures that no retry can fix, beyond Spring Kafka's defaults (deserialisation, message conversion, method
     * argument resolution/validation, class cast): they go to the dead-letter topic at once. Optional libraries are
     * referenced by name so their absence costs nothing.
     */
    private static final List<String> OPTIONAL_NOT_RETRYABLE = List.of(
            "tools.jackson.core.JacksonException",
            "com.fasterxml.jackson.core.JacksonException",
            "jakarta.validation.ValidationException",
            "org.springframework.validation.BindException");

    private ConsumerErrorHandlers() {
    }

    public static DefaultErrorHandler create(ConsumerErrorHandlingProperties properties,
            KafkaOperations<Object, Object> deadLetterTemplate) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                new DeadLetterDestination(properties.dltSuffix()));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.maxAttempts() - 1);
        backOff.setInitialInterval(properties.initialInterval().toMillis());
        backOff.setMultiplier(properties.multiplier());
        backOff.setMaxInterval(properties.maxInterval().toMillis());

        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(notRetryable());
        return handler;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Exception>[] notRetryable() {
        List<Class<? extends Exception>> types = new ArrayList<>();
        types.add(EventFormatException.class);
        ClassLoader loader = ConsumerErrorHandlers.class.getClassLoader();
        for (String name : OPTIONAL_NOT_RETRYABLE) {
            if (ClassUtils.isPresent(name, loader)) {
                types.add((Class<? extends Exception>) ClassUtils.resolveClassName(name, loader));
            }
        }
        return types.toArray(Class[]::new);
    }
}
