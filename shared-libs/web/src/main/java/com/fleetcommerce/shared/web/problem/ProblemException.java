package com.fleetcommerce.shared.web.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.http.HttpStatusCode;

/**
 * Base of the exceptions a service throws on purpose to answer with a problem: each carries its stable code, its
 * status, a detail that is safe to show to the caller, and optional extra properties.
 */
public abstract class ProblemException extends RuntimeException {

    /** Members every problem already has; extra properties may not shadow them. */
    static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "code", "traceId", "errors");

    private final String code;
    private final HttpStatusCode status;
    private final Map<String, Object> properties;

    protected ProblemException(String code, HttpStatusCode status, String detail, Map<String, ?> properties, Throwable cause) {
        super(detail, cause);
        this.code = requireCode(code);
        this.status = Objects.requireNonNull(status, "status");
        this.properties = copyProperties(properties);
    }

    protected ProblemException(String code, HttpStatusCode status, String detail) {
        this(code, status, detail, Map.of(), null);
    }

    public String code() {
        return code;
    }

    public HttpStatusCode status() {
        return status;
    }

    /** The human-readable explanation, shown to the caller as the problem's {@code detail}. */
    public String detail() {
        return getMessage();
    }

    /** Extra problem members, in insertion order. */
    public Map<String, Object> properties() {
        return properties;
    }

    private static String requireCode(String code) {
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("problem code must be lower-case kebab-case: " + code);
        }
        return code;
    }

    private static Map<String, Object> copyProperties(Map<String, ?> properties) {
        if (properties == null || properties.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException("problem property '" + name + "' is reserved");
            }
            copy.put(name, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
