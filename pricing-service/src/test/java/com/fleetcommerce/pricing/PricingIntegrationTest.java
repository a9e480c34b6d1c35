package com.fleetcommerce.pricing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import com.fleetcommerce.testsupport.IsolatedRedis;
import com.fleetcommerce.testsupport.WithEmbeddedKafka;
import com.fleetcommerce.testsupport.WithTestJwtIssuer;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context pricing-service's integration tests share: the real application on a random port, its own
 * PostgreSQL database, a Redis database of its own, an embedded Kafka broker and the test JWT issuer.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshPostgresDatabase
@IsolatedRedis
@WithEmbeddedKafka
@WithTestJwtIssuer
public @interface PricingIntegrationTest {
}
