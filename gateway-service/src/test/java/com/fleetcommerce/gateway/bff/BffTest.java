package com.fleetcommerce.gateway.bff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.gateway.GatewayClient;
import com.fleetcommerce.gateway.GatewayIntegrationTest;
import com.fleetcommerce.gateway.TestUpstream;
import com.fleetcommerce.gateway.TestUpstream.Reply;
import com.fleetcommerce.gateway.TestUpstreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The BFF against real upstreams: catalog-service knows the products whose id or slug does not start with
 * "missing"; review-service fails for product ids starting with "bad" and is slow for "slow"; customer-service fails
 * for subjects starting with "noprofile".
 */
@GatewayIntegrationTest
class BffTest {

    @LocalServerPort
    int port;

    WebTestClient gateway;

    @BeforeAll
    static void upstreams() {
        TestUpstreams.CATALOG.respondWith(request -> {
            String path = request.path();
            if (path.startsWith("/api/v1/products/by-slug/")) {
                String slug = path.substring("/api/v1/products/by-slug/".length());
                return slug.startsWith("missing") ? Reply.problem(404, "product-not-found")
                        : Reply.json(200, "{\"id\":\"" + UUID.nameUUIDFromBytes(slug.getBytes()) + "\",\"slug\":\"" + slug
                        + "\",\"name\":\"From slug\"}");
            }
            if (path.startsWith("/api/v1/products/") && path.length() == "/api/v1/products/".length() + 36) {
                String id = path.substring("/api/v1/products/".length());
                return Reply.json(200, "{\"id\":\"" + id + "\",\"slug\":\"p\",\"name\":\"Red shoe\"}");
            }
            return null;
        });
        TestUpstreams.REVIEW.respondWith(request -> {
            if (!request.path().startsWith("/api/v1/reviews?")) {
                return null;
            }
            if (request.path().contains("productId=bad")) {
                return Reply.problem(500, "internal-error");
            }
            if (request.path().contains("productId=5")) {
                try {
                    Thread.sleep(1500);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            return Reply.json(200, "{\"items\":[{\"rating\":5}],\"average\":5.0}");
        });
        TestUpstreams.PROMOTION.respondWith(request -> request.path().startsWith("/api/v1/promotions?")
                ? Reply.json(200, "{\"items\":[{\"code\":\"SUMMER\"}]}") : null);
        TestUpstreams.AUTH.respondWith(request -> request.path().equals("/api/v1/auth/me")
                ? request.tokenSubject() == null ? Reply.problem(401, "unauthenticated")
                : Reply.json(200, "{\"id\":\"" + request.tokenSubject() + "\",\"email\":\"a@example.com\"}")
                : null);
        TestUpstreams.CUSTOMER.respondWith(request -> {
            if (!request.path().equals("/api/v1/customers/me")) {
                return null;
            }
            String subject = request.tokenSubject();
            return subject != null && subject.startsWith("noprofile") ? Reply.problem(503, "service-unavailable")
                    : Reply.json(200, "{\"accountId\":\"" + subject + "\",\"name\":\"An\"}");
        });
    }

    /** The upstreams are shared by every test class: give them back their default echo. */
    @AfterAll
    static void resetUpstreams() {
        for (TestUpstream upstream : List.of(TestUpstreams.CATALOG, TestUpstreams.REVIEW, TestUpstreams.PROMOTION,
                TestUpstreams.AUTH, TestUpstreams.CUSTOMER)) {
            upstream.respondWith(null);
        }
    }

    @BeforeEach
    void client() {
        gateway = GatewayClient.of(port);
    }

    @Test
    void aProductPageWithAllItsParts() {
        String id = "a" + UUID.randomUUID().toString().substring(1);
        String token = GatewayClient.customer().bearer();
        gateway.get().uri("/bff/v1/products/" + id).header("Authorization", token).header("X-Request-Id", "bff-1")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.product.id").isEqualTo(id)
                .jsonPath("$.product.name").isEqualTo("Red shoe")
                .jsonPath("$.reviews.available").isEqualTo(true)
                .jsonPath("$.reviews.data.average").isEqualTo(5.0)
                .jsonPath("$.promotions.available").isEqualTo(true)
                .jsonPath("$.promotions.data.items[0].code").isEqualTo("SUMMER")
                .jsonPath("$.missing").isEmpty();

        TestUpstream.Recorded product = TestUpstreams.CATALOG.received("/api/v1/products/" + id).getFirst();
        assertThat(product.header("Authorization")).isEqualTo(token);
        assertThat(product.header("X-Request-Id")).isEqualTo("bff-1");
        assertThat(product.header("traceparent")).isNotBlank();
        TestUpstream.Recorded reviews = TestUpstreams.REVIEW.received("/api/v1/reviews?productId=" + id).getFirst();
        assertThat(reviews.header("Authorization")).isEqualTo(token);
    }

    @Test
    void aSlugIsLookedUpBySlugAndTheProductPageIsPublic() {
        String slug = "red-shoe-" + UUID.randomUUID();
        gateway.get().uri("/bff/v1/products/" + slug).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.product.slug").isEqualTo(slug);
        assertThat(TestUpstreams.CATALOG.received("/api/v1/products/by-slug/" + slug)).hasSize(1);
    }

    @Test
    void aFailingPartIsFlaggedMissingAndThePageStillComes() {
        String id = "bad" + UUID.randomUUID().toString().substring(3);
        gateway.get().uri("/bff/v1/products/" + id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.product.id").isEqualTo(id)
                .jsonPath("$.reviews.available").isEqualTo(false)
                .jsonPath("$.reviews.reason").isEqualTo("unavailable")
                .jsonPath("$.promotions.available").isEqualTo(true)
                .jsonPath("$.missing[0]").isEqualTo("reviews")
                .jsonPath("$.missing.length()").isEqualTo(1);
    }

    @Test
    void aSlowPartIsLeftOutAfterItsTimeout() {
        String id = "5" + UUID.randomUUID().toString().substring(1);
        gateway.get().uri("/bff/v1/products/" + id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.product.id").isEqualTo(id)
                .jsonPath("$.reviews.reason").isEqualTo("timeout")
                .jsonPath("$.missing[0]").isEqualTo("reviews");
    }

    @Test
    void anUnknownProductIsTheCatalogs404AsItSentIt() {
        gateway.get().uri("/bff/v1/products/missing-" + UUID.randomUUID()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("product-not-found");
    }

    @Test
    void meIsTheAccountAndTheProfile() {
        String subject = "acct-" + UUID.randomUUID();
        gateway.get().uri("/bff/v1/me").header("Authorization", GatewayClient.customer(subject).bearer()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.account.id").isEqualTo(subject)
                .jsonPath("$.profile.available").isEqualTo(true)
                .jsonPath("$.profile.data.accountId").isEqualTo(subject)
                .jsonPath("$.missing").isEmpty();
    }

    @Test
    void meWithoutAProfileServiceStillHasTheAccount() {
        String subject = "noprofile-" + UUID.randomUUID();
        gateway.get().uri("/bff/v1/me").header("Authorization", GatewayClient.customer(subject).bearer()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.account.id").isEqualTo(subject)
                .jsonPath("$.profile.available").isEqualTo(false)
                .jsonPath("$.missing[0]").isEqualTo("profile");
    }

    @Test
    void meNeedsAToken() {
        gateway.get().uri("/bff/v1/me").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }
}
