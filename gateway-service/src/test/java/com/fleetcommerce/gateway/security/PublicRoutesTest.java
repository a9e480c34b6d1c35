package com.fleetcommerce.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fleetcommerce.gateway.GatewayClient;
import com.fleetcommerce.gateway.GatewayIntegrationTest;
import com.fleetcommerce.gateway.TestUpstream;
import com.fleetcommerce.gateway.TestUpstreams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What is open without a token, and that the neighbours of open paths are not. */
@GatewayIntegrationTest
class PublicRoutesTest {

    @LocalServerPort
    int port;

    WebTestClient gateway;

    @BeforeEach
    void client() {
        gateway = GatewayClient.of(port);
    }

    @Test
    void catalogBrowsingSearchQuotesAndPricesAreOpen() {
        open(HttpMethod.GET, "/api/v1/products/" + UUID.randomUUID(), TestUpstreams.CATALOG);
        open(HttpMethod.GET, "/api/v1/products?page=1&x=" + UUID.randomUUID(), TestUpstreams.CATALOG);
        open(HttpMethod.HEAD, "/api/v1/products/" + UUID.randomUUID(), TestUpstreams.CATALOG);
        open(HttpMethod.GET, "/api/v1/categories/" + UUID.randomUUID(), TestUpstreams.CATALOG);
        open(HttpMethod.GET, "/api/v1/brands/" + UUID.randomUUID(), TestUpstreams.CATALOG);
        open(HttpMethod.GET, "/api/v1/availability/SKU-" + UUID.randomUUID(), TestUpstreams.CATALOG);
        open(HttpMethod.GET, "/api/v1/search?q=" + UUID.randomUUID(), TestUpstreams.SEARCH);
        open(HttpMethod.POST, "/api/v1/quotes?x=" + UUID.randomUUID(), TestUpstreams.PRICING);
        open(HttpMethod.GET, "/api/v1/prices/effective?sku=" + UUID.randomUUID(), TestUpstreams.PRICING);
    }

    @Test
    void signInAndKeyDiscoveryAreOpen() {
        for (String path : new String[] { "/api/v1/auth/register", "/api/v1/auth/login/mfa",
                "/api/v1/auth/token/refresh", "/api/v1/auth/password/reset", "/api/v1/auth/email/verify" }) {
            open(HttpMethod.POST, path + "?x=" + UUID.randomUUID(), TestUpstreams.AUTH);
        }
        open(HttpMethod.GET, "/api/v1/auth/social/google/callback?x=" + UUID.randomUUID(), TestUpstreams.AUTH);
        open(HttpMethod.GET, "/oauth2/jwks?x=" + UUID.randomUUID(), TestUpstreams.AUTH);
        open(HttpMethod.GET, "/.well-known/openid-configuration?x=" + UUID.randomUUID(), TestUpstreams.AUTH);
    }

    @Test
    void paymentProviderCallbacksAreOpen() {
        open(HttpMethod.POST, "/api/v1/payments/callbacks/stripe?x=" + UUID.randomUUID(), TestUpstreams.PAYMENT);
    }

    @Test
    void healthIsOpen() {
        gateway.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody();
    }

    @Test
    void writesAndEverythingElseNeedAToken() {
        closed(HttpMethod.POST, "/api/v1/products", TestUpstreams.CATALOG);
        closed(HttpMethod.PUT, "/api/v1/brands/b1", TestUpstreams.CATALOG);
        closed(HttpMethod.GET, "/api/v1/auth/me", TestUpstreams.AUTH);
        closed(HttpMethod.GET, "/api/v1/price-lists", TestUpstreams.PRICING);
        closed(HttpMethod.GET, "/api/v1/quotes", TestUpstreams.PRICING);
        closed(HttpMethod.GET, "/api/v1/payments/p1", TestUpstreams.PAYMENT);
        closed(HttpMethod.GET, "/api/v1/orders", TestUpstreams.ORDER);
        closed(HttpMethod.GET, "/bff/v1/me", TestUpstreams.AUTH);
    }

    private void open(HttpMethod method, String path, TestUpstream upstream) {
        gateway.method(method).uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk().expectBody();
        assertThat(upstream.received(path)).as(method + " " + path).hasSize(1);
    }

    private void closed(HttpMethod method, String path, TestUpstream upstream) {
        int before = upstream.received(path).size();
        gateway.method(method).uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
        assertThat(upstream.received(path)).as(method + " " + path).hasSize(before);
    }
}
