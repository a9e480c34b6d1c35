package com.fleetcommerce.pricing.price.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the scheduled-transition job needs: its durable watermark and the targets whose windows started or ended. */
public interface ScheduledTargets {

    /** A price target in a currency whose effective price a window boundary may have moved. */
    record Affected(String currency, PriceTarget target) {
    }

    /** The watermark, its row locked until the transaction ends; empty when the job never ran. */
    Optional<Instant> lockWatermark(String name);

    /** Starts a watermark at {@code at} (boundaries before it are history, not news); no-op when it exists. */
    void startWatermark(String name, Instant at);

    void moveWatermark(String name, Instant to);

    /**
     * The targets of every price, price list and rule (of the rule's base list) whose window starts or ends in
     * {@code (from, to]}.
     */
    List<Affected> affectedBetween(Instant from, Instant to);
}
