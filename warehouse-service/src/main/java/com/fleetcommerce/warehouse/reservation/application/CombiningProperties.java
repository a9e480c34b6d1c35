package com.fleetcommerce.warehouse.reservation.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How {@link ReservationCombiner} batches concurrent reservations ({@code platform.warehouse.reservation-combining}).
 *
 * @param enabled  off: every reservation runs in its caller's own transaction
 * @param lanes    batching threads; a request goes to the lane of its smallest SKU, so one hot SKU's buyers share a
 *                 lane
 * @param maxBatch most calls one transaction takes
 * @param maxWait  how long a caller waits for its batch before it is answered 503 (its reservation may still be
 *                 made: a repeat with the same key answers it)
 */
@ConfigurationProperties("platform.warehouse.reservation-combining")
public record CombiningProperties(@DefaultValue("true") boolean enabled, @DefaultValue("4") int lanes,
                                  @DefaultValue("64") int maxBatch, @DefaultValue("20s") Duration maxWait) {

    public CombiningProperties {
        if (lanes < 1 || lanes > 64) {
            throw new IllegalArgumentException("reservation-combining.lanes must be within [1, 64]");
        }
        if (maxBatch < 1 || maxBatch > 1_000) {
            throw new IllegalArgumentException("reservation-combining.max-batch must be within [1, 1000]");
        }
        if (maxWait == null || maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("reservation-combining.max-wait must be positive");
        }
    }
}
