package com.fleetcommerce.customer.statistics.application;

import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.customer.customer.application.CustomerEvents;
import com.fleetcommerce.customer.customer.domain.CustomerRepository;
import com.fleetcommerce.customer.statistics.domain.CustomerStatistics;
import com.fleetcommerce.customer.statistics.domain.OrderFact;
import com.fleetcommerce.customer.statistics.domain.StatisticsRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Order count, total spent and last order date per customer, derived from the orders seen on {@code order.order}. */
@Service
public class StatisticsService {

    private final StatisticsRepository statistics;
    private final CustomerRepository customers;
    private final CustomerEvents events;
    private final StatisticsSettings settings;

    StatisticsService(StatisticsRepository statistics, CustomerRepository customers, CustomerEvents events,
                      StatisticsSettings settings) {
        this.statistics = statistics;
        this.customers = customers;
        this.events = events;
        this.settings = settings;
    }

    @Transactional
    public void placed(OrderFact order) {
        lock(order.customerId());
        if (statistics.recordPlaced(order)) {
            refresh(order.customerId());
        }
    }

    @Transactional
    public void cancelled(UUID orderId, UUID customerId) {
        lock(customerId);
        if (statistics.recordCancelled(orderId, customerId)) {
            refresh(customerId);
        }
    }

    @Transactional(readOnly = true)
    public CustomerStatistics of(UUID customerId) {
        return statistics.find(customerId).orElseGet(() -> new CustomerStatistics(customerId, 0,
                java.math.BigDecimal.ZERO, settings.baseCurrency(), null));
    }

    public Optional<CustomerStatistics> find(UUID customerId) {
        return statistics.find(customerId);
    }

    /**
     * Orders of one customer arrive on different partitions (keyed by order id) and may be applied concurrently by
     * several consumers; the recompute reads all of the customer's orders, so it must see the other's commit.
     */
    private void lock(UUID customerId) {
        customers.lock(customerId).orElseThrow();
    }

    private void refresh(UUID customerId) {
        statistics.recompute(customerId, settings.baseCurrency());
        events.factsChanged(customerId);            // dynamic segments over total spent / order count / last order
    }
}
