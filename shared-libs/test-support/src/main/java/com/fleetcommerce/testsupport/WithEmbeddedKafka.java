package com.fleetcommerce.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * One real in-JVM KRaft Kafka broker for the test context, with {@code spring.kafka.bootstrap-servers} pointing at
 * it. Cached with the context, so test classes sharing a configuration share the broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"auto.create.topics.enable=true", "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1", "offsets.topic.replication.factor=1"})
public @interface WithEmbeddedKafka {
}
