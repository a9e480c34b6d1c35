package com.fleetcommerce.catalog.product.web;

import static com.fleetcommerce.catalog.CatalogFixtures.EDITOR;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** Public product pages are cached in memory, but a write through the API shows on the next public read. */
@CatalogIntegrationTest
class PublicProductCacheTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private CatalogFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new CatalogFixtures(api);
    }

    @Test
    void aCachedPublicPageIsServedWithoutTheDatabaseAndForgottenWhenTheProductIsWritten() {
        UUID category = fixtures.category(unique("Lamps"), null);
        String name = unique("Desk lamp");
        UUID id = fixtures.activeProduct(name, null, List.of(category));
        String slug = api.get("/api/v1/products/" + id, null).body().path("slug").asString();
        assertThat(api.get("/api/v1/products/by-slug/" + slug, null).body().path("name").asString()).isEqualTo(name);

        // behind the service's back (no API write, so no eviction): the cached page is what the public sees
        jdbc.update("UPDATE product SET name = 'changed behind its back' WHERE id = ?", id);
        assertThat(api.get("/api/v1/products/" + id, null).body().path("name").asString()).isEqualTo(name);
        assertThat(api.get("/api/v1/products/by-slug/" + slug, null).body().path("name").asString()).isEqualTo(name);
        jdbc.update("UPDATE product SET name = ? WHERE id = ?", name, id);

        // a write through the API is visible on the very next public read
        Response staffView = api.get("/api/v1/products/" + id, CatalogFixtures.READER);
        Response renamed = api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR,
                Map.of("name", name + " v2", "description", "Brighter.", "categoryIds", List.of(category)),
                Map.of("If-Match", staffView.headers().getETag()));
        assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/products/" + id, null).body().path("name").asString()).isEqualTo(name + " v2");
        assertThat(api.get("/api/v1/products/by-slug/" + slug, null).body().path("name").asString())
                .isEqualTo(name + " v2");

        assertThat(fixtures.status(id, "ARCHIVED", renamed.headers().getETag()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/products/" + id, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/products/by-slug/" + slug, null).status()).isEqualTo(404);
    }
}
