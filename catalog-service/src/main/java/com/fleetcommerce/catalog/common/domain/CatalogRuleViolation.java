package com.fleetcommerce.catalog.common.domain;

import java.util.Map;

/**
 * A catalog rule refused a change that is well-formed but not allowed in the current state (a category moved under
 * its own descendant, an illegal status transition...). {@code code} is the stable problem code the caller sees.
 */
public class CatalogRuleViolation extends RuntimeException {

    private final String code;
    private final Map<String, Object> details;

    public CatalogRuleViolation(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
