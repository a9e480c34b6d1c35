package com.fleetcommerce.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class IsolatedRedisTest {

    @Test
    void contextsGetDifferentDatabasesFlushedOnRelease() {
        var first = startContext();
        var second = startContext();
        int firstDb = first.getEnvironment().getRequiredProperty("spring.data.redis.database", Integer.class);
        int secondDb = second.getEnvironment().getRequiredProperty("spring.data.redis.database", Integer.class);
        assertThat(firstDb).isNotEqualTo(secondDb).isBetween(1, 15);
        assertThat(secondDb).isBetween(1, 15);

        set(firstDb, "k", "first");
        assertThat(get(secondDb, "k")).isNull();
        assertThat(get(firstDb, "k")).isEqualTo("first");

        first.close();
        assertThat(get(firstDb, "k")).isNull();
        second.close();
    }

    private GenericApplicationContext startContext() {
        var context = new GenericApplicationContext();
        new IsolatedRedisContextCustomizerFactory.Customizer().customizeContext(context, null);
        context.refresh();
        return context;
    }

    private static void set(int db, String key, String value) {
        RedisClient client = RedisClient.create(RedisURI.create("127.0.0.1", 6379));
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            c.sync().select(db);
            c.sync().set(key, value);
        } finally {
            client.shutdown();
        }
    }

    private static String get(int db, String key) {
        RedisClient client = RedisClient.create(RedisURI.create("127.0.0.1", 6379));
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            c.sync().select(db);
            return c.sync().get(key);
        } finally {
            client.shutdown();
        }
    }
}
