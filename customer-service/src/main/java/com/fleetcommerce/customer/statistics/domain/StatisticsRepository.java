package com.fleetcommerce.customer.statistics.domain;

import java.util.Optional;
import java.util.UUID;

public interface StatisticsRepository {

    /**
     * Records a placed order. A cancellation seen earlier (events of one order may overtake each other across
     * topics or retries) keeps it cancelled. @return false when the order was already recorded as placed
     */
    boolean recordPlaced(OrderFact order);

    /** @return false when the order was already cancelled */
    boolean recordCancelled(java.util.UUID orderId, UUID customerId);

    /** Recomputes the stored statistics from the customer's orders. */
    CustomerStatistics recompute(UUID customerId, String baseCurrency);

    Optional<CustomerStatistics> find(UUID customerId);
}
