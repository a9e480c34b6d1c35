package com.fleetcommerce.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.gateway.GatewayIntegrationTest;
import com.fleetcommerce.gateway.ratelimit.application.RateLimitCounter;
import com.fleetcommerce.gateway.ratelimit.application.SharedWindowCounts;
import com.fleetcommerce.gateway.ratelimit.application.WriteBehindRateLimitCounter;
import com.fleetcommerce.gateway.ratelimit.domain.Limit;
import com.fleetcommerce.gateway.ratelimit.domain.RateLimitDecision;
import com.fleetcommerce.gateway.ratelimit.persistence.RedisRateLimitCounter;
import com.fleetcommerce.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The write-behind count against the context's real Redis: two counters stand for two gateway replicas sharing one
 * window count, flushed by hand instead of on the interval.
 */
@GatewayIntegrationTest
class WriteBehindRateLimitCounterTest {

    private static final Limit FIVE_A_MINUTE = new Limit(5, Duration.ofMinutes(1));

    @Autowired
    RedisRateLimitCounter redis;

    @Autowired
    ReactiveStringRedisTemplate template;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void replicasShareTheCountThroughTheirFlushes() {
        String key = "anonymous:" + UUID.randomUUID();
        WriteBehindRateLimitCounter first = counter(redis, Clock.systemUTC(), 100);
        WriteBehindRateLimitCounter second = counter(redis, Clock.systemUTC(), 100);

        for (int i = 1; i <= 3; i++) {
            assertThat(first.hit(key, FIVE_A_MINUTE).block().remaining()).isEqualTo(5 - i);
        }
        assertThat(template.opsForValue().get("gateway:rate-limit:" + key).block())
                .as("nothing reaches Redis before a flush").isNull();
        first.flush().block();
        assertThat(template.opsForValue().get("gateway:rate-limit:" + key).block()).isEqualTo("3");

        assertThat(second.hit(key, FIVE_A_MINUTE).block().allowed()).isTrue();
        second.flush().block();
        RateLimitDecision fifth = second.hit(key, FIVE_A_MINUTE).block();
        assertThat(fifth.allowed()).as("3 from the other replica, then its own 4th and 5th").isTrue();
        assertThat(fifth.remaining()).isZero();
        RateLimitDecision sixth = second.hit(key, FIVE_A_MINUTE).block();
        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.retryAfterSeconds()).isBetween(1L, 60L);

        second.flush().block();
        first.hit(key, FIVE_A_MINUTE).block();
        first.flush().block();
        assertThat(first.hit(key, FIVE_A_MINUTE).block().allowed())
                .as("the first replica learns the shared count with its next flush").isFalse();
        assertThat(template.opsForValue().get("gateway:rate-limit:" + key).block()).isEqualTo("7");
    }

    @Test
    void aNewWindowStartsTheCountOverAndIdleKeysAreDropped() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
        WriteBehindRateLimitCounter counter = counter(redis, clock, 100);
        Limit twoASecond = new Limit(2, Duration.ofSeconds(1));
        String key = "user:" + UUID.randomUUID();

        assertThat(counter.hit(key, twoASecond).block().allowed()).isTrue();
        assertThat(counter.hit(key, twoASecond).block().allowed()).isTrue();
        assertThat(counter.hit(key, twoASecond).block().allowed()).isFalse();
        clock.advance(Duration.ofMillis(1_001));
        assertThat(counter.hit(key, twoASecond).block().allowed()).isTrue();

        counter.flush().block();
        assertThat(counter.keys()).isEqualTo(1);
        clock.advance(Duration.ofMillis(2_001));
        counter.flush().block();
        assertThat(counter.keys()).as("a key with nothing to send and its window over").isZero();
    }

    @Test
    void beyondMaxKeysNewKeysAreCountedInRedisPerRequest() {
        WriteBehindRateLimitCounter counter = counter(redis, Clock.systemUTC(), 1);
        String local = "anonymous:" + UUID.randomUUID();
        String overflow = "anonymous:" + UUID.randomUUID();

        counter.hit(local, FIVE_A_MINUTE).block();
        counter.hit(overflow, FIVE_A_MINUTE).block();

        assertThat(counter.keys()).isEqualTo(1);
        assertThat(template.opsForValue().get("gateway:rate-limit:" + local).block()).isNull();
        assertThat(template.opsForValue().get("gateway:rate-limit:" + overflow).block()).isEqualTo("1");
    }

    @Test
    void withRedisDownTheReplicaStillLimitsAndKeepsTheHitsForTheNextFlush() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        LettuceConnectionFactory connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", deadPort),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(1)).build());
        connections.afterPropertiesSet();
        connections.start();
        try {
            RedisRateLimitCounter unreachable = new RedisRateLimitCounter(new ReactiveStringRedisTemplate(connections));
            WriteBehindRateLimitCounter counter = counter(unreachable, Clock.systemUTC(), 100);
            String key = "anonymous:" + UUID.randomUUID();
            Limit two = new Limit(2, Duration.ofMinutes(1));

            assertThat(counter.hit(key, two).block().allowed()).isTrue();
            counter.flush().block();
            assertThat(meters.counter("gateway.ratelimit.flush.failed").count()).isEqualTo(1.0);
            assertThat(counter.hit(key, two).block().allowed()).isTrue();
            assertThat(counter.hit(key, two).block().allowed()).as("the unsent hit still counts").isFalse();
        } finally {
            connections.destroy();
        }
    }

    private WriteBehindRateLimitCounter counter(RedisRateLimitCounter store, Clock clock, int maxKeys) {
        SharedWindowCounts shared = store;
        RateLimitCounter overflow = store;
        return new WriteBehindRateLimitCounter(shared, overflow, maxKeys, clock, meters);
    }
}
