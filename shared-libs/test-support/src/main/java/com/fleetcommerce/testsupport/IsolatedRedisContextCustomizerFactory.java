package com.fleetcommerce.testsupport;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.MergedContextConfiguration;

/** Activates {@link IsolatedRedis}; registered in {@code META-INF/spring.factories}. */
public class IsolatedRedisContextCustomizerFactory extends AnnotationActivatedCustomizerFactory {

    public IsolatedRedisContextCustomizerFactory() {
        super(IsolatedRedis.class, Customizer::new);
    }

    static final class Customizer extends StatelessContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            RedisTestServer server = RedisTestServer.fromEnvironment();
            RedisTestServer.Claim claim = server.claim();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("isolatedRedis",
                    Map.of("spring.data.redis.host", server.host(),
                            "spring.data.redis.port", server.port(),
                            "spring.data.redis.database", claim.database())));
            ContextCleanup.register(context, "isolatedRedisRelease", () -> server.release(claim));
        }
    }
}
