package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A shopper without an account browses the demo catalog on the running fleet. */
@ExtendWith(FleetExtension.class)
class CatalogBrowsingIT {

    @Test
    void anAnonymousShopperBrowsesTheDemoCatalog(Fleet fleet) throws Exception {
        String catalog = fleet.member("catalog-service").baseUrl();

        HttpJson.Response tree = HttpJson.get(catalog + "/api/v1/categories", null);
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.body().size()).as("top-level demo categories").isPositive();

        HttpJson.Response page = HttpJson.get(catalog + "/api/v1/products?sort=name&size=50", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("items").valueStream().flatMap(p -> p.path("skuCodes").valueStream())
                .map(code -> code.asString())).contains("COFFEE-ARABICA-500G", "TSHIRT-BASIC-WHT-M");
        assertThat(page.body().path("items").valueStream().map(p -> p.path("status").asString()))
                .containsOnly("ACTIVE");

        String slug = page.body().path("items").valueStream()
                .filter(p -> p.path("skuCodes").valueStream().anyMatch(c -> c.asString().equals("COFFEE-ARABICA-500G")))
                .findFirst().orElseThrow().path("slug").asString();
        HttpJson.Response product = HttpJson.get(catalog + "/api/v1/products/by-slug/" + slug, null);
        assertThat(product.status()).isEqualTo(200);
        assertThat(product.body().path("skus").valueStream().map(s -> s.path("code").asString()))
                .contains("COFFEE-ARABICA-500G");
        assertThat(product.body().path("breadcrumbs").size()).isPositive();

        assertThat(HttpJson.get(catalog + "/api/v1/products/by-slug/no-such-product-here", null).status())
                .isEqualTo(404);
        assertThat(HttpJson.post(catalog + "/api/v1/brands", null, java.util.Map.of("name", "Nope")).status())
                .as("writes need a token").isEqualTo(401);
    }
}
