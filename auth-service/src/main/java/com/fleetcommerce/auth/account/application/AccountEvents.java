package com.fleetcommerce.auth.account.application;

import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * Every auth event goes to topic {@code auth.account}, keyed by account id, so one account's events (registered,
 * locked, session revoked, ...) keep their order. Written to the outbox in the caller's transaction.
 */
@Component
class AccountEvents {

    static final String TOPIC = "auth.account";

    private final OutboxWriter outbox;

    AccountEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    void publish(UUID accountId, EventPayload payload) {
        outbox.append(TOPIC, accountId.toString(), payload);
    }
}
