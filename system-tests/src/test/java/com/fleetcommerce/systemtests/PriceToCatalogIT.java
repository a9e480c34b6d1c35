package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestJwts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Prices on the running fleet: a price put in pricing-service reaches the catalog's product page (pricing.price ->
 * catalog-worker -> Redis and the PostgreSQL copy -> catalog-service), and a sale price whose validity window opens
 * a few seconds later shows on the page by itself when the window opens (pricing-worker publishes the change the
 * clock makes; nobody calls anything).
 */
@ExtendWith(FleetExtension.class)
class PriceToCatalogIT {

    private static final String PRICING_WRITE = TestJwts.staff().permissions("prices:write").token();
    private static final String CATALOG_WRITE = TestJwts.staff().permissions("catalog:write").token();

    @Test
    void aPricePutInPricingShowsOnTheProductPageAndAScheduledSaleShowsWhenItsWindowOpens(Fleet fleet)
            throws Exception {
        assumeTrue(fleet.startedHere(), "needs a fleet started by the tests (it trusts the test token issuer)");
        String pricing = fleet.member("pricing-service").baseUrl();
        String catalog = fleet.member("catalog-service").baseUrl();
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String sku = "SYS-PRICE-" + suffix;

        HttpJson.Response created = HttpJson.post(catalog + "/api/v1/products", CATALOG_WRITE, Map.of(
                "name", "System test lamp " + suffix, "description", "Gives light.",
                "skus", List.of(Map.of("code", sku, "options", Map.of("colour", "brass")))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        String slug = created.body().path("slug").asString();
        assertThat(HttpJson.post(catalog + "/api/v1/products/" + id + "/status", CATALOG_WRITE,
                Map.of("status", "ACTIVE"), Map.of("If-Match", "\"0\"")).status()).isEqualTo(200);
        assertThat(price(catalog, slug).isNull()).as("a SKU nobody priced has no price").isTrue();

        // the demo lists (pricing-service's DemoPrices); created here when the fleet runs without demo data
        String retail = listId(pricing, "VND-RETAIL", "REGULAR", 0);
        String sale = listId(pricing, "VND-SALE", "SALE", 10);

        HttpJson.Response put = HttpJson.put(pricing + "/api/v1/price-lists/" + retail + "/prices", PRICING_WRITE,
                Map.of("sku", sku, "productId", id, "amount", vnd("450000")));
        assertThat(put.status()).as(put.body().toString()).isIn(200, 201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(price(catalog, slug).path("amount").path("amount").asString()).isEqualTo("450000"));
        JsonNode regular = price(catalog, slug);
        assertThat(regular.path("amount").path("currency").asString()).isEqualTo("VND");
        assertThat(regular.path("compareAt").isNull()).isTrue();
        assertThat(regular.path("priceList").asString()).isEqualTo("VND-RETAIL");
        JsonNode card = listed(catalog, id);
        assertThat(card.path("priceFrom").path("amount").asString()).isEqualTo("450000");

        // a sale on the higher-priority list, valid from a few seconds ahead: nothing moves now, so pricing-service
        // publishes nothing; when the window opens, pricing-worker publishes the new effective price
        Instant opens = Instant.now().plusSeconds(3);
        Map<String, Object> salePrice = new LinkedHashMap<>();
        salePrice.put("sku", sku);
        salePrice.put("productId", id);
        salePrice.put("amount", vnd("399000"));
        salePrice.put("compareAt", vnd("450000"));
        salePrice.put("validFrom", opens.toString());
        HttpJson.Response scheduled = HttpJson.put(pricing + "/api/v1/price-lists/" + sale + "/prices",
                PRICING_WRITE, salePrice);
        assertThat(scheduled.status()).as(scheduled.body().toString()).isIn(200, 201);
        assertThat(price(catalog, slug).path("amount").path("amount").asString())
                .as("the sale has not started").isEqualTo("450000");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode onSale = price(catalog, slug);
            assertThat(onSale.path("amount").path("amount").asString()).isEqualTo("399000");
            assertThat(onSale.path("compareAt").path("amount").asString()).isEqualTo("450000");
            assertThat(onSale.path("priceList").asString()).isEqualTo("VND-SALE");
        });
        assertThat(Instant.now()).isAfterOrEqualTo(opens);
        // the listing sorts and filters on the same price (the catalog's PostgreSQL copy)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(listed(catalog, id).path("priceFrom").path("amount").asString()).isEqualTo("399000"));
        HttpJson.Response ranged = HttpJson.get(catalog + "/api/v1/products?minPrice=399000&maxPrice=399000"
                + "&size=100", null);
        assertThat(ranged.status()).isEqualTo(200);
        assertThat(ranged.body().path("items").valueStream().map(p -> p.path("id").asString())).contains(id);
    }

    private static Map<String, String> vnd(String amount) {
        return Map.of("amount", amount, "currency", "VND");
    }

    /** The id of the price list with this code, created (VND, tax included) when it does not exist. */
    private static String listId(String pricing, String code, String kind, int priority) throws Exception {
        for (int page = 0; page < 20; page++) {
            HttpJson.Response lists = HttpJson.get(pricing + "/api/v1/price-lists?size=100&page=" + page,
                    PRICING_WRITE);
            assertThat(lists.status()).as(lists.body().toString()).isEqualTo(200);
            for (JsonNode list : lists.body().path("items")) {
                if (list.path("code").asString().equals(code)) {
                    return list.path("id").asString();
                }
            }
            if (lists.body().path("items").isEmpty()) {
                break;
            }
        }
        HttpJson.Response created = HttpJson.post(pricing + "/api/v1/price-lists", PRICING_WRITE, Map.of(
                "code", code, "currency", "VND", "kind", kind, "priority", priority, "taxInclusive", true));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    /** The product page's price of its only SKU (JSON null when none). */
    private static JsonNode price(String catalog, String slug) throws Exception {
        HttpJson.Response page = HttpJson.get(catalog + "/api/v1/products/by-slug/" + slug, null);
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        return page.body().path("skus").get(0).path("price");
    }

    /** The product's card in the listing (newest first: a product just created is on the first page). */
    private static JsonNode listed(String catalog, String id) throws Exception {
        HttpJson.Response listing = HttpJson.get(catalog + "/api/v1/products?size=100", null);
        assertThat(listing.status()).as(listing.body().toString()).isEqualTo(200);
        return listing.body().path("items").valueStream().filter(p -> p.path("id").asString().equals(id))
                .findFirst().orElseThrow();
    }
}
