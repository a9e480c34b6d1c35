package com.fleetcommerce.shared.events;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

@EventType(OrderPlacedTestEvent.TYPE)
public record OrderPlacedTestEvent(String orderId, int quantity) implements EventPayload {

    public static final String TYPE = "test.order.placed.v1";
}
