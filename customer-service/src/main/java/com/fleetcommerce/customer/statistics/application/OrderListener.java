package com.fleetcommerce.customer.statistics.application;

import java.math.BigDecimal;
import java.util.UUID;

import com.fleetcommerce.shared.events.contracts.order.OrderCancelled;
import com.fleetcommerce.shared.events.contracts.order.OrderPlaced;
import com.fleetcommerce.customer.customer.domain.Customer;
import com.fleetcommerce.customer.customer.domain.CustomerRepository;
import com.fleetcommerce.customer.statistics.domain.OrderFact;
import com.fleetcommerce.shared.events.core.EventFormatException;
import com.fleetcommerce.shared.events.core.ReceivedEvent;
import com.fleetcommerce.shared.events.inbox.Inbox;
import com.fleetcommerce.shared.events.kafka.ReceivedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Consumes {@code order.order} placed / cancelled into customer statistics (inbox: a redelivered event counts once;
 * the per-order row makes a second event for the same order count once too). An order of a customer we do not know
 * yet (its account registration not consumed yet) fails and is retried, then dead-lettered to {@code order.order.dlt}.
 */
@Component
@ConditionalOnBooleanProperty("customer.order-sync.enabled")
public class OrderListener {

    public static final String TOPIC = "order.order";
    public static final String PLACED = "order.order.placed.v1";
    public static final String CANCELLED = "order.order.cancelled.v1";
    static final String CONSUMER = "customer-order-statistics";

    private final ReceivedEvents receivedEvents;
    private final Inbox inbox;
    private final CustomerRepository customers;
    private final StatisticsService statistics;

    OrderListener(ReceivedEvents receivedEvents, Inbox inbox, CustomerRepository customers,
                  StatisticsService statistics) {
        this.receivedEvents = receivedEvents;
        this.inbox = inbox;
        this.customers = customers;
        this.statistics = statistics;
    }

    @KafkaListener(topics = TOPIC, groupId = "${customer.order-sync.group-id:customer-order-statistics}")
    void on(ConsumerRecord<String, JsonNode> record) {
        String type = ReceivedEvents.type(record);
        if (PLACED.equals(type)) {
            ReceivedEvent<OrderPlaced> event = receivedEvents.from(record, OrderPlaced.class);
            OrderPlaced order = event.payload();
            OrderFact fact = fact(order);
            inbox.processOnce(CONSUMER, event.id(), () -> statistics.placed(fact));
        } else if (CANCELLED.equals(type)) {
            ReceivedEvent<OrderCancelled> event = receivedEvents.from(record, OrderCancelled.class);
            OrderCancelled order = event.payload();
            if (order.orderId() == null) {
                throw new EventFormatException("order.order.cancelled.v1 without orderId");
            }
            UUID customerId = customerOf(order.customerId(), order.accountId());
            inbox.processOnce(CONSUMER, event.id(), () -> statistics.cancelled(order.orderId(), customerId));
        }
    }

    private OrderFact fact(OrderPlaced order) {
        if (order.total() == null) {
            throw new EventFormatException("order.order.placed.v1 without total");
        }
        UUID customerId = customerOf(order.customerId(), order.accountId());
        try {
            return new OrderFact(order.orderId(), customerId, new BigDecimal(order.total().amount()),
                    order.total().currency(), order.placedAt());
        } catch (NullPointerException | IllegalArgumentException invalid) {
            // can never succeed: straight to the dead-letter topic instead of retries
            throw new EventFormatException("invalid order.order.placed.v1: " + invalid.getMessage(), invalid);
        }
    }

    private UUID customerOf(UUID customerId, UUID accountId) {
        if (customerId == null && accountId == null) {
            throw new EventFormatException("order event names neither customerId nor accountId");
        }
        return (customerId != null ? customers.findById(customerId) : customers.findByAccountId(accountId))
                .map(Customer::id)
                .orElseThrow(() -> new IllegalStateException("customer of order not known (yet): "
                        + (customerId != null ? customerId : "account " + accountId)));
    }
}
