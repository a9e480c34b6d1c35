package com.fleetcommerce.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fleetcommerce.gateway.GatewayClient;
import com.fleetcommerce.gateway.GatewayIntegrationTest;
import com.fleetcommerce.gateway.TestUpstream;
import com.fleetcommerce.gateway.TestUpstreams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Timeouts, circuit breakers and retries, against real upstreams: a slow warehouse-service (response timeout 2 s in
 * tests), a user-service that is down, an order-service that answers 503, and notification-service and
 * shipping-service with a dead instance beside a live one (the load balancer alternates between them), and a
 * wobbly-service whose answers the tests choose.
 */
@GatewayIntegrationTest
class ResilienceTest {

    @LocalServerPort
    int port;

    WebTestClient gateway;

    @BeforeEach
    void client() {
        gateway = GatewayClient.of(port);
    }

    @Test
    void aServiceTooSlowToAnswerIsA503ProblemNamingIt() {
        gateway.get().uri("/api/v1/warehouses/slow?delayMs=5000")
                .header("Authorization", GatewayClient.staff().bearer()).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("service-unavailable")
                .jsonPath("$.service").isEqualTo("warehouse-service")
                .jsonPath("$.instance").isEqualTo("/api/v1/warehouses/slow")
                .jsonPath("$.detail").isEqualTo("warehouse-service is not available or did not answer in time. Try again shortly.");
        // a slow answer is not retried
        assertThat(TestUpstreams.WAREHOUSE.received("/api/v1/warehouses/slow")).hasSize(1);
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNamingIt() {
        gateway.get().uri("/api/v1/users/" + UUID.randomUUID())
                .header("Authorization", GatewayClient.staff().bearer()).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.code").isEqualTo("service-unavailable")
                .jsonPath("$.service").isEqualTo("user-service");
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenSparesTheService() {
        // flaky-service (a test-only route with the same Resilience filter) answers every call with 503
        TestUpstreams.FLAKY.respondWith(request -> TestUpstream.Reply.problem(503, "service-unavailable"));
        String path = "/api/v1/flaky/orders";
        for (int i = 0; i < 4; i++) {
            gateway.post().uri(path).header("Authorization", GatewayClient.customer().bearer())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.service").isEqualTo("flaky-service")
                    .jsonPath("$.detail").isEqualTo("flaky-service is not available or did not answer in time. Try again shortly.");
        }
        assertThat(TestUpstreams.FLAKY.received(path)).hasSize(4);

        // 4 failures of 4 calls: the circuit is open; calls are refused at once and the service is left alone
        for (int i = 0; i < 3; i++) {
            gateway.post().uri(path).header("Authorization", GatewayClient.customer().bearer())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "300")
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("service-unavailable")
                    .jsonPath("$.service").isEqualTo("flaky-service")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("too many recent failures"));
        }
        gateway.get().uri("/api/v1/flaky/other").header("Authorization", GatewayClient.customer().bearer()).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody();
        assertThat(TestUpstreams.FLAKY.received()).hasSize(4);
    }

    @Test
    void aGetIsRetriedOnceOnTheNextInstanceWhenTheConnectionFails() {
        // instances: [dead, live]; without the retry every other GET would fail
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 6; i++) {
            gateway.get().uri("/api/v1/notifications/" + marker + "-" + i)
                    .header("Authorization", GatewayClient.customer().bearer()).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo("notification-service");
        }
        assertThat(TestUpstreams.NOTIFICATION.received("/api/v1/notifications/" + marker)).hasSize(6);
    }

    @Test
    void aGetAnswered503OrBadGatewayIsAskedOnceMore() {
        // wobbly-service refuses the first call of each path with the status the path names, then answers normally
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        TestUpstreams.WOBBLY.respondWith(request -> {
            int call = calls.computeIfAbsent(request.path(), path -> new AtomicInteger()).incrementAndGet();
            if (call > 1 || request.path().contains("always")) {
                return request.path().contains("always")
                        ? TestUpstream.Reply.problem(503, "service-unavailable")
                        : TestUpstream.Reply.json(200, "{\"attempt\":" + call + "}");
            }
            return TestUpstream.Reply.problem(request.path().contains("502") ? 502 : 503, "refused");
        });
        String marker = UUID.randomUUID().toString();
        for (String status : List.of("503", "502")) {
            String path = "/api/v1/wobbly/" + marker + "/" + status;
            gateway.get().uri(path).header("Authorization", GatewayClient.customer().bearer()).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentType(MediaType.APPLICATION_JSON)
                    .expectBody().jsonPath("$.attempt").isEqualTo(2);
            assertThat(TestUpstreams.WOBBLY.received(path)).hasSize(2);
        }

        // a HEAD is retried as a GET is; a second refusal is the caller's 503, after one retry only
        String always = "/api/v1/wobbly/" + marker + "/always";
        gateway.head().uri(always).header("Authorization", GatewayClient.customer().bearer()).exchange()
                .expectStatus().isEqualTo(503);
        assertThat(TestUpstreams.WOBBLY.received(always)).hasSize(2)
                .allSatisfy(request -> assertThat(request.method()).isEqualTo("HEAD"));

        // a POST answered 503 is not asked again: it may have done its work
        String post = "/api/v1/wobbly/" + marker + "/post-503";
        gateway.post().uri(post).header("Authorization", GatewayClient.customer().bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("wobbly-service");
        assertThat(TestUpstreams.WOBBLY.received(post)).hasSize(1);
    }

    @Test
    void aPostIsNeverRetried() {
        // instances: [dead, live]; the load balancer alternates, so half the POSTs meet the dead one and fail
        String marker = UUID.randomUUID().toString();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(gateway.post().uri("/api/v1/shipments/" + marker + "-" + i)
                    .header("Authorization", GatewayClient.staff().bearer())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectBody(String.class).returnResult().getStatus().value());
        }
        assertThat(statuses).containsOnly(200, 503);
        assertThat(statuses.stream().filter(s -> s == 503).count()).isEqualTo(2);
        assertThat(TestUpstreams.SHIPPING.received("/api/v1/shipments/" + marker)).hasSize(2);
    }
}
