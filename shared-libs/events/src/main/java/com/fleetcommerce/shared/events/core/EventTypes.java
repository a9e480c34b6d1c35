package com.fleetcommerce.shared.events.core;

import java.util.Optional;
import java.util.regex.Pattern;

/** Resolves and validates the {@link EventType} of payload classes (cached per class). */
public final class EventTypes {

    /** At least two dot-separated lower-case segments before a mandatory {@code .v<N>} version suffix. */
    private static final Pattern FORMAT = Pattern.compile("^[a-z0-9]+(?:[.-][a-z0-9]+)*\\.[a-z0-9-]+\\.v[1-9][0-9]*$");

    private static final ClassValue<Optional<String>> CACHE = new ClassValue<>() {
        @Override
        protected Optional<String> computeValue(Class<?> type) {
            EventType annotation = type.getAnnotation(EventType.class);
            if (annotation == null) {
                return Optional.empty();
            }
            String value = annotation.value();
            if (!FORMAT.matcher(value).matches()) {
                throw new IllegalStateException("@EventType(\"" + value + "\") on " + type.getName()
                        + " must look like 'service.aggregate.happened.v1' (lower case, version suffix)");
            }
            return Optional.of(value);
        }
    };

    private EventTypes() {
    }

    /** The declared type of a payload class; fails when the class is not annotated. */
    public static String typeOf(Class<?> payloadClass) {
        return find(payloadClass).orElseThrow(() -> new IllegalArgumentException(
                payloadClass.getName() + " is not an event payload contract: annotate it with @EventType(\"...v1\")"));
    }

    /** The declared type of a class, if it is annotated with {@link EventType}. */
    public static Optional<String> find(Class<?> payloadClass) {
        return CACHE.get(payloadClass);
    }

    public static boolean isValid(String type) {
        return type != null && FORMAT.matcher(type).matches();
    }
}
