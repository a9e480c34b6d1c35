package com.fleetcommerce.shared.events;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

@EventType("test.sequence.appended.v1")
public record SequencedTestEvent(String key, int number) implements EventPayload {
}
