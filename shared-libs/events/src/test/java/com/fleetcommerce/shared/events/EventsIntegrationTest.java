package com.fleetcommerce.shared.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import com.fleetcommerce.testsupport.WithEmbeddedKafka;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The shared test context: a fresh database, an embedded broker, the test listeners. The poll interval is ten minutes,
 * so anything published promptly here was woken by LISTEN/NOTIFY.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = {EventsTestApplication.class, TestListeners.class}, properties = {
        "spring.application.name=events-test",
        "platform.outbox.poll-interval=10m",
        "platform.outbox.batch-size=50",
        "platform.kafka.consumer.initial-interval=100ms"
})
@FreshPostgresDatabase
@WithEmbeddedKafka
public @interface EventsIntegrationTest {
}
