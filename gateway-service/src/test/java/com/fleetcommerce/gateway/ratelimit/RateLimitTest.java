package com.fleetcommerce.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.fleetcommerce.gateway.GatewayClient;
import com.fleetcommerce.gateway.GatewayIntegrationTest;
import com.fleetcommerce.gateway.TestUpstreams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The limits of the test context: anonymous 20 per minute per IP, a user 20 per minute, login and registration 3
 * per minute per IP. Counted in the context's own Redis database.
 */
@GatewayIntegrationTest
class RateLimitTest {

    @LocalServerPort
    int port;

    WebTestClient gateway;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @BeforeEach
    void client() {
        gateway = GatewayClient.of(port);
    }

    @Test
    void anonymousCallersAreLimitedPerClientIp() {
        String ip = GatewayClient.randomIp();
        for (int i = 1; i <= 20; i++) {
            gateway.get().uri("/api/v1/products/" + UUID.randomUUID()).header("X-Forwarded-For", ip).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-RateLimit-Limit", "20")
                    .expectHeader().valueEquals("X-RateLimit-Remaining", String.valueOf(20 - i))
                    .expectBody();
        }
        String refusedPath = "/api/v1/products/" + UUID.randomUUID();
        gateway.get().uri(refusedPath).header("X-Forwarded-For", ip).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", value -> assertThat(Long.parseLong(value)).isBetween(1L, 60L))
                .expectBody()
                .jsonPath("$.code").isEqualTo("too-many-requests")
                .jsonPath("$.status").isEqualTo(429);
        assertThat(TestUpstreams.CATALOG.received(refusedPath)).isEmpty();
        // counted in the gateway, then flushed to the count every replica shares
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                redis.opsForValue().get("gateway:rate-limit:anonymous:" + ip).block()).isEqualTo("21"));

        // another address has its own count
        gateway.get().uri("/api/v1/products/" + UUID.randomUUID()).header("X-Forwarded-For", GatewayClient.randomIp())
                .exchange().expectStatus().isOk().expectBody();
    }

    @Test
    void aForwardedForChainCountsTheHopBeforeTheTrustedProxyNotWhatTheClientWrote() {
        String ip = GatewayClient.randomIp();
        for (int i = 0; i < 20; i++) {
            // a client cannot escape its limit by writing a different address at the left of the chain
            gateway.get().uri("/api/v1/brands/" + UUID.randomUUID())
                    .header("X-Forwarded-For", GatewayClient.randomIp() + ", " + ip).exchange()
                    .expectStatus().isOk().expectBody();
        }
        gateway.get().uri("/api/v1/brands/" + UUID.randomUUID())
                .header("X-Forwarded-For", GatewayClient.randomIp() + ", " + ip).exchange()
                .expectStatus().isEqualTo(429).expectBody();
    }

    @Test
    void signedInUsersAreLimitedPerUserWhateverTheirAddress() {
        String user = "user-" + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            gateway.get().uri("/api/v1/orders/" + UUID.randomUUID())
                    .header("Authorization", GatewayClient.customer(user).bearer()).exchange()
                    .expectStatus().isOk().expectBody();
        }
        gateway.get().uri("/api/v1/orders/" + UUID.randomUUID())
                .header("Authorization", GatewayClient.customer(user).bearer()).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.code").isEqualTo("too-many-requests");

        gateway.get().uri("/api/v1/orders/" + UUID.randomUUID())
                .header("Authorization", GatewayClient.customer().bearer()).exchange()
                .expectStatus().isOk().expectBody();
    }

    @Test
    void loginIsLimitedMoreStrictlyPerIp() {
        String ip = GatewayClient.randomIp();
        for (int i = 0; i < 3; i++) {
            gateway.post().uri("/api/v1/auth/login").header("X-Forwarded-For", ip)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"email\":\"a@b.c\",\"password\":\"x\"}")
                    .exchange().expectStatus().isOk().expectBody();
        }
        gateway.post().uri("/api/v1/auth/login").header("X-Forwarded-For", ip)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"email\":\"a@b.c\",\"password\":\"x\"}")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("X-RateLimit-Limit", "3")
                .expectHeader().exists("Retry-After")
                .expectBody();
        // registration and reset requests share the strict class; browsing from the same address does not
        gateway.post().uri("/api/v1/auth/register").header("X-Forwarded-For", ip)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(429).expectBody();
        gateway.get().uri("/api/v1/products/" + UUID.randomUUID()).header("X-Forwarded-For", ip).exchange()
                .expectStatus().isOk().expectBody();
    }
}
