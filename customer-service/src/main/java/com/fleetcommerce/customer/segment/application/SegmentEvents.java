package com.fleetcommerce.customer.segment.application;

import java.time.Clock;
import java.util.UUID;

import com.fleetcommerce.shared.events.contracts.customer.SegmentMembershipChanged;
import com.fleetcommerce.customer.customer.application.CustomerEvents;
import org.springframework.stereotype.Component;

/** {@code customer.segment.membership-changed.v1} on the customer's topic, keyed by customer id. */
@Component
class SegmentEvents {

    private final CustomerEvents events;
    private final Clock clock;

    SegmentEvents(CustomerEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void joined(UUID customerId, UUID segmentId, String segmentName) {
        events.publish(customerId, new SegmentMembershipChanged(customerId, segmentId, segmentName, "JOINED",
                clock.instant()));
    }

    void left(UUID customerId, UUID segmentId, String segmentName) {
        events.publish(customerId, new SegmentMembershipChanged(customerId, segmentId, segmentName, "LEFT",
                clock.instant()));
    }
}
