package com.fleetcommerce.auth.account.application;

import com.fleetcommerce.shared.events.contracts.customer.CustomerDeleted;
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
 * A customer who deleted their data in customer-service ({@code customer.customer.deleted.v1}) can no longer log
 * in: the account is disabled and every session ends. Once per event (inbox); an account already disabled stays so.
 */
@Component
@ConditionalOnBooleanProperty(name = "auth.customer-deletions.enabled", matchIfMissing = true)
public class DeletedCustomerListener {

    static final String TOPIC = "customer.customer";
    static final String DELETED = "customer.customer.deleted.v1";
    static final String CONSUMER = "auth-customer-deletions";

    private final ReceivedEvents receivedEvents;
    private final Inbox inbox;
    private final AccountAdminService accounts;

    DeletedCustomerListener(ReceivedEvents receivedEvents, Inbox inbox, AccountAdminService accounts) {
        this.receivedEvents = receivedEvents;
        this.inbox = inbox;
        this.accounts = accounts;
    }

    @KafkaListener(topics = TOPIC, groupId = "${auth.customer-deletions.group-id:auth-customer-deletions}")
    void on(ConsumerRecord<String, JsonNode> record) {
        if (!DELETED.equals(ReceivedEvents.type(record))) {
            return;
        }
        ReceivedEvent<CustomerDeleted> event = receivedEvents.from(record, CustomerDeleted.class);
        if (event.payload().accountId() == null) {
            throw new EventFormatException(DELETED + " without accountId");
        }
        inbox.processOnce(CONSUMER, event.id(), () -> accounts.disableDeletedCustomer(event.payload().accountId()));
    }
}
