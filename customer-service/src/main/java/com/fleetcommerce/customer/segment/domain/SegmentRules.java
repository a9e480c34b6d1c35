package com.fleetcommerce.customer.segment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A dynamic segment's rule: conditions combined with ALL (and) or ANY (or). */
public record SegmentRules(Match match, List<Condition> conditions) {

    public static final int MAX_CONDITIONS = 20;

    public SegmentRules {
        Objects.requireNonNull(match, "match");
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty() || conditions.size() > MAX_CONDITIONS) {
            throw new IllegalArgumentException("1 to " + MAX_CONDITIONS + " conditions");
        }
    }

    public boolean matches(CustomerFacts facts, Instant now) {
        if (facts.deleted()) {
            return false;
        }
        return match == Match.ALL
                ? conditions.stream().allMatch(c -> c.matches(facts, now))
                : conditions.stream().anyMatch(c -> c.matches(facts, now));
    }
}
