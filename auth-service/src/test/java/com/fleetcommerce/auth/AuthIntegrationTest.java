package com.fleetcommerce.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import com.fleetcommerce.testsupport.IsolatedRedis;
import com.fleetcommerce.testsupport.MovableApplicationClock;
import com.fleetcommerce.testsupport.WithEmbeddedKafka;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context auth-service's integration tests share: the real application on a random port, its own
 * PostgreSQL database, its own Redis database, an embedded Kafka broker, and a clock tests can move
 * ({@link MovableApplicationClock}) and a mock OIDC provider for social login ({@link SocialProviders}). No test JWT
 * issuer: auth-service validates the tokens it signs itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshPostgresDatabase
@IsolatedRedis
@WithEmbeddedKafka
@ActiveProfiles("test")
@Import(MovableApplicationClock.class)
@ContextConfiguration(initializers = SocialProviders.class)
public @interface AuthIntegrationTest {
}
