package com.fleetcommerce.gateway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fleetcommerce.testsupport.IsolatedRedis;
import com.fleetcommerce.testsupport.WithEmbeddedKafka;
import com.fleetcommerce.testsupport.WithTestJwtIssuer;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context the gateway's integration tests share: the real gateway on a random port, a Redis database
 * of its own (rate limits), the test JWT issuer (JWKS, issuer and audience; tokens from {@code TestJwts}), real tracing (so
 * {@code traceparent} is propagated as in production) and the {@link TestUpstreams} behind it. Limits are low so the
 * tests can reach them; {@link GatewayClient} gives every anonymous request its own client address.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=2s",
        "platform.gateway.rate-limit.classes.auth.limit=3",
        "platform.gateway.rate-limit.classes.user.limit=20",
        "platform.gateway.rate-limit.classes.anonymous.limit=20",
        "platform.gateway.resilience.sliding-window-size=4",
        "platform.gateway.resilience.minimum-number-of-calls=4",
        "platform.gateway.resilience.wait-duration-in-open-state=5m",
        "platform.gateway.request-size.default-max=1MB",
        "platform.gateway.bff.part-timeout=500ms" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestUpstreams.class)
@Import(TestRoutes.class)
@IsolatedRedis
@WithEmbeddedKafka
@WithTestJwtIssuer
@AutoConfigureTracing
public @interface GatewayIntegrationTest {
}
