package com.fleetcommerce.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Activates {@link IsolatedRedis}; registered in {@code META-INF/spring.factories}. */
public class IsolatedRedisContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, IsolatedRedis.class) ? new Customizer() : null;
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            RedisTestServer server = RedisTestServer.fromEnvironment();
            RedisTestServer.Claim claim = server.claim();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("isolatedRedis",
                    Map.of("spring.data.redis.host", server.host(),
                            "spring.data.redis.port", server.port(),
                            "spring.data.redis.database", claim.database())));
            DisposableBean release = () -> server.release(claim);
            ContextCleanup.register(context, "isolatedRedisRelease", release);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
