package com.fleetcommerce.customer.customer.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.shared.events.contracts.customer.CustomerCreated;
import com.fleetcommerce.shared.events.contracts.customer.CustomerDeleted;
import com.fleetcommerce.shared.events.contracts.customer.CustomerUpdated;
import com.fleetcommerce.customer.customer.domain.Customer;
import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes the customer's events to the outbox (topic {@code customer.customer}, keyed by customer id) in the caller's
 * transaction, and tells in-process listeners (segments) that the customer's facts changed.
 */
@Component
public class CustomerEvents {

    public static final String TOPIC = "customer.customer";

    private final OutboxWriter outbox;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CustomerEvents(OutboxWriter outbox, ApplicationEventPublisher publisher, Clock clock) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
    }

    public void created(Customer customer) {
        outbox.append(TOPIC, customer.id().toString(),
                new CustomerCreated(customer.id(), customer.accountId(), customer.email(), clock.instant()));
        factsChanged(customer.id());
    }

    public void updated(Customer customer, List<String> parts) {
        outbox.append(TOPIC, customer.id().toString(),
                new CustomerUpdated(customer.id(), parts, customer.version(), clock.instant()));
        factsChanged(customer.id());
    }

    public void deleted(Customer customer) {
        outbox.append(TOPIC, customer.id().toString(),
                new CustomerDeleted(customer.id(), customer.accountId(), clock.instant()));
        factsChanged(customer.id());
    }

    /** Any other event of the customer's topic (verification, segment membership). */
    public void publish(UUID customerId, EventPayload payload) {
        outbox.append(TOPIC, customerId.toString(), payload);
    }

    /** Facts used by segments changed without a customer event of their own (order statistics). */
    public void factsChanged(UUID customerId) {
        publisher.publishEvent(new CustomerChanged(customerId));
    }
}
