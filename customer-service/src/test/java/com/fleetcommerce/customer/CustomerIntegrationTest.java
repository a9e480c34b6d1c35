package com.fleetcommerce.customer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import com.fleetcommerce.testsupport.MovableApplicationClock;
import com.fleetcommerce.testsupport.WithEmbeddedKafka;
import com.fleetcommerce.testsupport.WithTestJwtIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context customer-service's integration tests share: the real application on a random port, its own
 * PostgreSQL database, an embedded Kafka broker with both consumers on (auth.account, order.order), the test JWT
 * issuer and a clock tests can move ({@link MovableApplicationClock}). No Redis: the service does not use it. Tests
 * share the database, so each works with customers and segment names it created itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"customer.account-sync.enabled=true", "customer.order-sync.enabled=true"})
@FreshPostgresDatabase
@WithEmbeddedKafka
@WithTestJwtIssuer
@Import(MovableApplicationClock.class)
public @interface CustomerIntegrationTest {
}
