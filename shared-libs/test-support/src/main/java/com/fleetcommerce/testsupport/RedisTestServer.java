package com.fleetcommerce.testsupport;

import java.time.Duration;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/** Claims and releases logical Redis databases for test contexts. */
public final class RedisTestServer {

    static final int FIRST_DATABASE = 1;
    static final int LAST_DATABASE = 15;
    private static final String CLAIM_KEY = "fleet-test:redis-db:";
    private static final Duration CLAIM_TTL = Duration.ofHours(2);

    private final String host;
    private final int port;

    public RedisTestServer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public static RedisTestServer fromEnvironment() {
        String host = System.getenv().getOrDefault("TEST_REDIS_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("TEST_REDIS_PORT", "6379"));
        return new RedisTestServer(host, port);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** A reserved database: its index and the token that proves the claim. */
    public record Claim(int database, String token) {
    }

    public Claim claim() {
        String token = UUID.randomUUID().toString();
        return withCommands(0, redis -> {
            for (int db = FIRST_DATABASE; db <= LAST_DATABASE; db++) {
                if ("OK".equals(redis.set(CLAIM_KEY + db, token, SetArgs.Builder.nx().ex(CLAIM_TTL)))) {
                    flush(db);
                    return new Claim(db, token);
                }
            }
            throw new IllegalStateException("All Redis test databases " + FIRST_DATABASE + ".." + LAST_DATABASE
                    + " on " + host + ":" + port + " are claimed; too many test contexts alive at once?");
        });
    }

    public void release(Claim claim) {
        flush(claim.database());
        withCommands(0, redis -> {
            if (claim.token().equals(redis.get(CLAIM_KEY + claim.database()))) {
                redis.del(CLAIM_KEY + claim.database());
            }
            return null;
        });
    }

    private void flush(int database) {
        withCommands(database, RedisCommands::flushdb);
    }

    private <T> T withCommands(int database, java.util.function.Function<RedisCommands<String, String>, T> work) {
        RedisURI uri = RedisURI.builder().withHost(host).withPort(port).withDatabase(database)
                .withTimeout(Duration.ofSeconds(5)).build();
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return work.apply(connection.sync());
        } catch (io.lettuce.core.RedisConnectionException e) {
            throw new IllegalStateException("Redis is not reachable on " + host + ":" + port
                    + " (see README: Prerequisites)", e);
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
