package com.fleetcommerce.user;

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
import org.springframework.context.annotation.Import;

/**
 * The one Spring context user-service's integration tests share: the real application on a random port, its own
 * PostgreSQL database, an embedded Kafka broker, the test JWT issuer for callers' tokens, and the REAL auth-service
 * started in the same JVM ({@link InTestAuthService}: own database, the same broker, the Redis database claimed
 * here) whose token endpoint and service API user-service calls with its client credentials.
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
@Import(InTestAuthServiceConfiguration.class)
public @interface UserIntegrationTest {
}
