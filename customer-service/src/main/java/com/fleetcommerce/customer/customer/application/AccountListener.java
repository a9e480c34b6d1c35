package com.fleetcommerce.customer.customer.application;

import com.fleetcommerce.shared.events.contracts.auth.AccountRegistered;
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
 * Consumes {@code auth.account}: a registered CUSTOMER account becomes a customer (staff accounts are user-service's).
 * Idempotent twice over: the inbox skips a redelivered event, and the unique account id skips a second event for the
 * same account. Failures retry with backoff and then go to {@code auth.account.dlt} (shared-events' error handler).
 */
@Component
@ConditionalOnBooleanProperty("customer.account-sync.enabled")
public class AccountListener {

    public static final String TOPIC = "auth.account";
    public static final String REGISTERED = "auth.account.registered.v1";
    static final String CONSUMER = "customer-account-sync";

    private final ReceivedEvents receivedEvents;
    private final Inbox inbox;
    private final CustomerService customers;

    AccountListener(ReceivedEvents receivedEvents, Inbox inbox, CustomerService customers) {
        this.receivedEvents = receivedEvents;
        this.inbox = inbox;
        this.customers = customers;
    }

    @KafkaListener(topics = TOPIC, groupId = "${customer.account-sync.group-id:customer-account-sync}")
    void on(ConsumerRecord<String, JsonNode> record) {
        if (!REGISTERED.equals(ReceivedEvents.type(record))) {
            return;                                     // other account events are not ours
        }
        ReceivedEvent<AccountRegistered> event = receivedEvents.from(record, AccountRegistered.class);
        AccountRegistered account = event.payload();
        if (account.accountId() == null || account.type() == null) {
            throw new EventFormatException("auth.account.registered.v1 without accountId or type");
        }
        if (!"CUSTOMER".equalsIgnoreCase(account.type())) {
            return;
        }
        inbox.processOnce(CONSUMER, event.id(),
                () -> customers.register(account.accountId(), account.email(), account.phone()));
    }
}
