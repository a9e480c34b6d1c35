package com.fleetcommerce.customer.statistics.web;

import java.time.Instant;

import com.fleetcommerce.customer.statistics.domain.CustomerStatistics;
import com.fleetcommerce.shared.web.money.Money;

/** {@code totalSpent} counts orders in the base currency only (see README: no FX conversion). */
public record StatisticsResponse(int orderCount, Money totalSpent, Instant lastOrderAt) {

    public static StatisticsResponse of(CustomerStatistics s) {
        return new StatisticsResponse(s.orderCount(), Money.of(s.totalSpent(), s.currency()), s.lastOrderAt());
    }
}
