package com.fleetcommerce.pricing.price.domain;

import java.time.Instant;

/**
 * A validity window [from, to): the start is inclusive, the end exclusive, either may be open (null). So a sale that
 * ends at midnight and the regular price that starts at midnight never both apply, and never both miss.
 */
public record Window(Instant from, Instant to) {

    public static final Window ALWAYS = new Window(null, null);

    public Window {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new PricingRuleViolation("window-invalid", "validTo",
                    "the window must end after it starts (validTo " + to + " is not after validFrom " + from + ")");
        }
    }

    public static Window of(Instant from, Instant to) {
        return from == null && to == null ? ALWAYS : new Window(from, to);
    }

    public boolean contains(Instant at) {
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    /** The part of both windows, for explaining when a matched price applies (list window within price window). */
    public Window intersect(Window other) {
        Instant start = from == null ? other.from : other.from == null ? from : max(from, other.from);
        Instant end = to == null ? other.to : other.to == null ? to : min(to, other.to);
        return Window.of(start, end);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
