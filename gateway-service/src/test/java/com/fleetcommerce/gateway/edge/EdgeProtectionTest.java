package com.fleetcommerce.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fleetcommerce.gateway.GatewayClient;
import com.fleetcommerce.gateway.GatewayIntegrationTest;
import com.fleetcommerce.gateway.TestUpstreams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** CORS for the single-page apps, security headers, request size limits. */
@GatewayIntegrationTest
class EdgeProtectionTest {

    static final String STOREFRONT = "http://localhost:5173";

    @LocalServerPort
    int port;

    WebTestClient gateway;

    @BeforeEach
    void client() {
        gateway = GatewayClient.of(port);
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredAtTheGateway() {
        String path = "/api/v1/carts/" + UUID.randomUUID();
        gateway.options().uri(path)
                .header("Origin", STOREFRONT)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", STOREFRONT)
                .expectHeader().value("Access-Control-Allow-Methods", methods -> assertThat(methods).contains("POST"))
                .expectHeader().value("Access-Control-Allow-Headers",
                        headers -> assertThat(headers.toLowerCase()).contains("authorization", "idempotency-key"))
                .expectHeader().doesNotExist("Access-Control-Allow-Credentials")
                .expectHeader().exists("Access-Control-Max-Age")
                .expectBody();
        assertThat(TestUpstreams.ORDER.received(path)).isEmpty();
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        gateway.options().uri("/api/v1/carts/c1")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin")
                .expectBody();
    }

    @Test
    void anActualCrossOriginRequestGetsTheAllowHeadersAndExposedOnes() {
        gateway.get().uri("/api/v1/products/" + UUID.randomUUID()).header("Origin", "http://localhost:5174").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:5174")
                .expectHeader().value("Access-Control-Expose-Headers",
                        exposed -> assertThat(exposed).contains("ETag", "Retry-After", "X-Request-Id"))
                .expectBody();
    }

    @Test
    void securityHeadersOnProxiedAnswersAndOnRefusals() {
        for (var spec : new WebTestClient.ResponseSpec[] {
                gateway.get().uri("/api/v1/products/" + UUID.randomUUID()).exchange(),
                gateway.get().uri("/api/v1/orders").exchange() }) {
            spec.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                    .expectHeader().value("Content-Security-Policy",
                            csp -> assertThat(csp).startsWith("default-src 'none'").contains("frame-ancestors 'none'"))
                    .expectHeader().doesNotExist("Strict-Transport-Security")
                    .expectBody();
        }
    }

    @Test
    void hstsWhenTheClientCameOverTls() {
        // TLS ends at the load balancer (a trusted proxy: the test client's 127.0.0.1), which says so
        gateway.get().uri("/api/v1/products/" + UUID.randomUUID()).header("X-Forwarded-Proto", "https").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains")
                .expectBody();
    }

    @Test
    void anOversizedBodyIs413AndNeverReachesTheService() {
        String path = "/api/v1/brands?x=" + UUID.randomUUID();
        gateway.post().uri(path).header("Authorization", GatewayClient.staff().bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json(1_100_000))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("payload-too-large")
                .jsonPath("$.detail").isEqualTo("The request body exceeds the limit of 1048576 bytes.");
        assertThat(TestUpstreams.CATALOG.received(path)).isEmpty();
    }

    @Test
    void aStreamedBodyWithoutLengthIsCutAtTheLimit() {
        String path = "/api/v1/brands/streamed-" + UUID.randomUUID();
        DefaultDataBufferFactory buffers = new DefaultDataBufferFactory();
        byte[] chunk = new byte[10_000];
        Flux<DataBuffer> body = Flux.range(0, 150).map(i -> buffers.wrap(chunk.clone()));
        gateway.put().uri(path).header("Authorization", GatewayClient.staff().bearer())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(body, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("payload-too-large");
        // whatever part reached the service before the cut, it never got the whole body
        assertThat(TestUpstreams.CATALOG.received(path)).allSatisfy(r -> assertThat(r.bodySize()).isLessThan(1_500_000));
    }

    @Test
    void bulkRoutesTakeLargerBodies() {
        gateway.put().uri("/api/v1/prices/bulk").header("Authorization", GatewayClient.staff().bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json(3_000_000))
                .exchange()
                .expectStatus().isOk()
                .expectBody();
        assertThat(TestUpstreams.PRICING.received("/api/v1/prices/bulk").getLast().bodySize()).isEqualTo(3_000_000);
        // ... up to their own limit (warehouse: 4 MB)
        gateway.put().uri("/api/v1/stock-levels/bulk").header("Authorization", GatewayClient.staff().bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json(5_000_000))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody();
    }

    private static String json(int size) {
        return "{\"rows\":\"" + "x".repeat(size - 11) + "\"}";
    }
}
