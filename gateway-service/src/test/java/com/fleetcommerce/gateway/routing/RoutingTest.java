package com.fleetcommerce.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.gateway.GatewayClient;
import com.fleetcommerce.gateway.GatewayIntegrationTest;
import com.fleetcommerce.gateway.TestUpstream;
import com.fleetcommerce.gateway.TestUpstreams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@GatewayIntegrationTest
class RoutingTest {

    @LocalServerPort
    int port;

    WebTestClient gateway;

    @BeforeEach
    void client() {
        gateway = GatewayClient.of(port);
    }

    @Test
    void routesEachPathFamilyToItsServiceUnchanged() {
        List<Object[]> cases = List.of(
                new Object[] { "/api/v1/products/p-" + UUID.randomUUID(), TestUpstreams.CATALOG },
                new Object[] { "/api/v1/categories/c1?page=2", TestUpstreams.CATALOG },
                new Object[] { "/api/v1/brands/b1", TestUpstreams.CATALOG },
                new Object[] { "/api/v1/attributes/a1", TestUpstreams.CATALOG },
                new Object[] { "/api/v1/availability/SKU-1", TestUpstreams.CATALOG },
                new Object[] { "/api/v1/warehouses/w-" + UUID.randomUUID(), TestUpstreams.WAREHOUSE },
                new Object[] { "/api/v1/stock-levels/x", TestUpstreams.WAREHOUSE },
                new Object[] { "/api/v1/reservations/r1", TestUpstreams.WAREHOUSE },
                new Object[] { "/api/v1/stock/SKU-1/movements", TestUpstreams.WAREHOUSE },
                new Object[] { "/api/v1/price-lists/l1", TestUpstreams.PRICING },
                new Object[] { "/api/v1/price-rules/r1", TestUpstreams.PRICING },
                new Object[] { "/api/v1/tax-classes", TestUpstreams.PRICING },
                new Object[] { "/api/v1/prices/effective?sku=S1", TestUpstreams.PRICING },
                new Object[] { "/api/v1/auth/me", TestUpstreams.AUTH },
                new Object[] { "/api/v1/customers/me", TestUpstreams.CUSTOMER },
                new Object[] { "/api/v1/segments/s1", TestUpstreams.CUSTOMER },
                new Object[] { "/api/v1/orders/o1", TestUpstreams.ORDER },
                new Object[] { "/api/v1/carts/c1", TestUpstreams.ORDER },
                new Object[] { "/api/v1/payments/p1", TestUpstreams.PAYMENT },
                new Object[] { "/api/v1/promotions/p1", TestUpstreams.PROMOTION },
                new Object[] { "/api/v1/coupons/c1", TestUpstreams.PROMOTION },
                new Object[] { "/api/v1/reviews/r1", TestUpstreams.REVIEW },
                new Object[] { "/api/v1/search?q=shoe", TestUpstreams.SEARCH });
        for (Object[] c : cases) {
            // a unique query: the upstreams record every test's requests, and a prefix like /brands/b1 would also
            // match another test's /brands/b1<random>
            String path = c[0] + (((String) c[0]).contains("?") ? "&" : "?") + "case=" + UUID.randomUUID();
            TestUpstream upstream = (TestUpstream) c[1];
            gateway.get().uri(path).header("Authorization", GatewayClient.staff().bearer()).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo(upstream.service());
            assertThat(upstream.received(path)).as(path).hasSize(1);
        }
    }

    @Test
    void passesTheTokenOnUnchangedWithRequestIdAndTraceContext() {
        String token = GatewayClient.staff().bearer();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String path = "/api/v1/warehouses/" + UUID.randomUUID();

        gateway.get().uri(path)
                .header("Authorization", token)
                .header("X-Request-Id", "checkout-42.a")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "checkout-42.a")
                .expectHeader().valueEquals("X-Trace-Id", traceId)
                .expectBody();

        TestUpstream.Recorded received = TestUpstreams.WAREHOUSE.received(path).getFirst();
        assertThat(received.header("Authorization")).isEqualTo(token);
        assertThat(received.header("X-Request-Id")).isEqualTo("checkout-42.a");
        // same trace, the gateway's own span as parent
        assertThat(received.header("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .isNotEqualTo("00-" + traceId + "-00f067aa0ba902b7-01");
    }

    @Test
    void givesARequestIdAndATraceWhenTheCallerHasNoneOrAnInsaneOne() {
        String path = "/api/v1/products/" + UUID.randomUUID();
        String answered = gateway.get().uri(path).header("X-Request-Id", "<script>alert(1)</script>").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseHeaders().getFirst("X-Request-Id");

        TestUpstream.Recorded received = TestUpstreams.CATALOG.received(path).getFirst();
        assertThat(answered).matches("[0-9a-f-]{36}");
        assertThat(received.header("X-Request-Id")).isEqualTo(answered);
        assertThat(received.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void postBodiesAndMethodsArePassedOn() {
        String path = "/api/v1/price-lists?x=" + UUID.randomUUID();
        gateway.post().uri(path).header("Authorization", GatewayClient.staff().bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"code\":\"VND-RETAIL\"}")
                .exchange().expectStatus().isOk().expectBody();

        TestUpstream.Recorded received = TestUpstreams.PRICING.received(path).getFirst();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.bodySize()).isEqualTo("{\"code\":\"VND-RETAIL\"}".length());
    }

    @Test
    void theTokenEndpointIsNotRoutedFromOutside() {
        int before = TestUpstreams.AUTH.received("/oauth2/token").size();
        gateway.post().uri("/oauth2/token").header("Authorization", GatewayClient.staff().bearer())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("grant_type=client_credentials")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
        assertThat(TestUpstreams.AUTH.received("/oauth2/token")).hasSize(before);
    }

    @Test
    void anUnknownPathIsA404Problem() {
        gateway.get().uri("/api/v1/nothing-here").header("Authorization", GatewayClient.staff().bearer()).exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://errors.fleetcommerce.dev/not-found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/api/v1/nothing-here")
                .jsonPath("$.traceId").isNotEmpty();
    }

    @Test
    void aServiceNotRegisteredAnywhereIsA503ProblemNamingIt() {
        gateway.get().uri("/api/v1/admin/settings").header("Authorization", GatewayClient.staff().bearer()).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("service-unavailable")
                .jsonPath("$.service").isEqualTo("admin-service")
                .jsonPath("$.traceId").isNotEmpty();
    }
}
