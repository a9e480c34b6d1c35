package com.fleetcommerce.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fleetcommerce.gateway.GatewayClient;
import com.fleetcommerce.gateway.GatewayIntegrationTest;
import com.fleetcommerce.gateway.TestUpstreams;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayIntegrationTest
class ApiDocsTest {

    static final List<String> SERVICES = List.of("auth-service", "user-service", "customer-service", "catalog-service",
            "warehouse-service", "pricing-service", "order-service", "payment-service", "promotion-service",
            "review-service", "notification-service", "search-service", "shipping-service", "admin-service");

    @LocalServerPort
    int port;

    @Test
    void theSwaggerUiListsEveryServicesDocument() {
        String config = GatewayClient.of(port).get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        List<String> names = JsonPath.read(config, "$.urls[*].name");
        List<String> urls = JsonPath.read(config, "$.urls[*].url");
        assertThat(names).hasSize(SERVICES.size() + 1).contains("gateway-service (BFF)").containsAll(SERVICES);
        assertThat(urls).contains("/v3/api-docs")
                .containsAll(SERVICES.stream().map(service -> "/v3/api-docs/" + service).toList());
    }

    @Test
    void aServicesDocumentIsFetchedFromTheServiceWithoutAToken() {
        int before = TestUpstreams.PRICING.received("/v3/api-docs").size();
        GatewayClient.of(port).get().uri("/v3/api-docs/pricing-service").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("pricing-service").jsonPath("$.path").isEqualTo("/v3/api-docs");
        assertThat(TestUpstreams.PRICING.received("/v3/api-docs")).hasSize(before + 1);
    }

    @Test
    void theGatewaysOwnDocumentDescribesTheBff() {
        GatewayClient.of(port).get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/bff/v1/products/{idOrSlug}']").exists()
                .jsonPath("$.paths['/bff/v1/me']").exists();
    }

    @Test
    void theSwaggerUiIsServed() {
        GatewayClient.of(port).get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection().expectBody();
    }
}
