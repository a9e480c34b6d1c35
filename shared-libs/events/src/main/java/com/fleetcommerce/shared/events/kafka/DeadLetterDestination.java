package com.fleetcommerce.shared.events.kafka;

import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code <topic>.dlt} without a fixed partition: the producer picks it from the key, so the dead-letter topic may have
 * fewer partitions than the source topic.
 */
public final class DeadLetterDestination implements BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> {

    private final String suffix;

    public DeadLetterDestination(String suffix) {
        this.suffix = suffix;
    }

    @Override
    public TopicPartition apply(ConsumerRecord<?, ?> record, Exception exception) {
        // a negative partition makes DeadLetterPublishingRecoverer leave the partition to the producer
        return new TopicPartition(record.topic() + suffix, -1);
    }
}
