package com.fleetcommerce.shared.events.outbox;

import java.time.Duration;

import org.apache.kafka.clients.producer.Producer;

/** Creates the relay's dedicated Kafka producers (one per relay, replaced after a failure). */
public interface OutboxProducerFactory {

    Producer<String, byte[]> create(String clientId);

    /** How long a relay waits for the acknowledgements of one batch before counting the rest as failed. */
    Duration ackTimeout();
}
