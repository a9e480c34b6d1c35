package com.fleetcommerce.warehouse.stock.domain;

import java.util.Map;

/** A stock rule refused a change (e.g. on hand would drop below reserved); {@code code} is the stable problem code. */
public class StockRuleViolation extends RuntimeException {

    private final String code;
    private final Map<String, Object> details;

    public StockRuleViolation(String code, String message, Map<String, Object> details) {
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
