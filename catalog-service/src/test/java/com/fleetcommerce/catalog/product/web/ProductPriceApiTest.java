package com.fleetcommerce.catalog.product.web;

import static com.fleetcommerce.catalog.CatalogFixtures.product;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueSku;
import static com.fleetcommerce.catalog.price.application.PriceEvents.price;
import static com.fleetcommerce.catalog.price.application.PriceEvents.warehousePrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.price.application.PriceEvents;
import com.fleetcommerce.catalog.price.persistence.JdbcPriceCopy;
import com.fleetcommerce.shared.events.contracts.pricing.PriceChanged;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product page shows each SKU's effective price and compare-at price from the price read model (pricing.price
 * events through the real consumer); the listing shows the lowest price and filters and sorts by price.
 */
@CatalogIntegrationTest
class ProductPriceApiTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcPriceCopy copy;

    private ApiClient api;
    private CatalogFixtures fixtures;
    private PriceEvents events;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new CatalogFixtures(api);
        events = new PriceEvents(bootstrapServers, json);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theProductPageShowsEachSkusPriceAndCompareAtInTheAskedCurrencyAndFollowsChanges() {
        UUID category = fixtures.category(unique("Kettles"), null);
        String onSale = uniqueSku("PKET");
        String regular = uniqueSku("PKET");
        String unpriced = uniqueSku("PKET");
        UUID id = activeProduct(category, onSale, regular, unpriced);
        String slug = api.get("/api/v1/products/" + id, null).body().path("slug").asString();

        events.send(new PriceChanged(onSale, null, "VND", true, "199000", "250000", true, "VND-SALE", 11,
                Instant.now()));
        events.send(price(regular, "VND", "99000", null, 12));
        events.send(price(regular, "USD", "4.50", null, 13));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(skuOf(api.get("/api/v1/products/by-slug/" + slug, null), regular).path("price")
                        .path("amount").path("amount").asString()).isEqualTo("99000"));

        JsonNode page = api.get("/api/v1/products/by-slug/" + slug, null).body();
        JsonNode sale = skuOf(page, onSale).path("price");
        assertThat(sale.path("amount").path("amount").asString()).isEqualTo("199000");
        assertThat(sale.path("amount").path("currency").asString()).isEqualTo("VND");
        assertThat(sale.path("compareAt").path("amount").asString()).isEqualTo("250000");
        assertThat(sale.path("compareAt").path("currency").asString()).isEqualTo("VND");
        assertThat(sale.path("priceList").asString()).isEqualTo("VND-SALE");
        assertThat(sale.path("taxInclusive").asBoolean()).isTrue();
        assertThat(skuOf(page, regular).path("price").path("compareAt").isNull()).isTrue();
        assertThat(skuOf(page, unpriced).path("price").isNull()).isTrue();
        // the stock read model still answers next to it
        assertThat(skuOf(page, unpriced).path("availability").path("inStock").asBoolean()).isFalse();

        JsonNode usd = api.get("/api/v1/products/" + id + "?currency=USD", null).body();
        assertThat(skuOf(usd, regular).path("price").path("amount").path("amount").asString()).isEqualTo("4.50");
        assertThat(skuOf(usd, regular).path("price").path("amount").path("currency").asString()).isEqualTo("USD");
        assertThat(skuOf(usd, onSale).path("price").isNull()).isTrue();
        // staff see the same prices on their (uncached) view
        assertThat(skuOf(api.get("/api/v1/products/" + id, CatalogFixtures.READER), onSale).path("price")
                .path("amount").path("amount").asString()).isEqualTo("199000");

        // a newer price shows on the next read (page content may be cached, prices never are)
        events.send(price(onSale, "VND", "179000", null, 20));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode moved = skuOf(api.get("/api/v1/products/" + id, null), onSale).path("price");
            assertThat(moved.path("amount").path("amount").asString()).isEqualTo("179000");
            assertThat(moved.path("compareAt").isNull()).isTrue();
            assertThat(moved.path("priceList").asString()).isEqualTo("RETAIL");
        });
    }

    @Test
    void theListingShowsTheLowestPriceAndFiltersAndSortsByPrice() {
        UUID category = fixtures.category(unique("Lamps"), null);
        String twoA = uniqueSku("LAMP");
        String twoB = uniqueSku("LAMP");
        String dear = uniqueSku("LAMP");
        String none = uniqueSku("LAMP");
        String cheap = uniqueSku("LAMP");
        UUID twoPrices = activeProduct(category, twoA, twoB);
        UUID expensive = activeProduct(category, dear);
        UUID unpriced = activeProduct(category, none);
        UUID bargain = activeProduct(category, cheap);
        events.send(price(twoA, "VND", "300000", null, 1));
        events.send(price(twoB, "VND", "150000", null, 2));
        events.send(price(dear, "VND", "500000", null, 3));
        events.send(price(cheap, "VND", "80000", null, 4));
        events.send(price(cheap, "USD", "10.00", null, 5));
        // a price for one warehouse only: pages and listings show the all-warehouse price, so this one stays unpriced
        events.send(warehousePrice(none, UUID.randomUUID(), "VND", "1000", 6));
        String base = "/api/v1/products?category=" + category;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(copy.findAll(List.of(none))).containsKey(none));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ids(api.get(base + "&sort=price_asc", null)))
                        .containsExactly(bargain, twoPrices, expensive, unpriced));
        assertThat(ids(api.get(base + "&sort=price_desc", null)))
                .containsExactly(expensive, twoPrices, bargain, unpriced);

        // the cards' prices come from Redis, written just after the copy the sort reads
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get(base + "&sort=price_asc", null).body().path("items").valueStream()
                        .map(p -> p.path("priceFrom").isNull() ? "none"
                                : p.path("priceFrom").path("amount").asString() + " "
                                + p.path("priceFrom").path("currency").asString()))
                        .containsExactly("80000 VND", "150000 VND", "500000 VND", "none"));

        // a product is in the range when one of its SKUs is: 150,000 is, 300,000 is not
        Response ranged = api.get(base + "&minPrice=100000&maxPrice=200000", null);
        assertThat(ids(ranged)).containsExactly(twoPrices);
        assertThat(ranged.body().path("totalElements").asLong()).isEqualTo(1);
        assertThat(ids(api.get(base + "&minPrice=400000", null))).containsExactly(expensive);
        assertThat(ids(api.get(base + "&maxPrice=150000&sort=price_desc", null))).containsExactly(twoPrices, bargain);
        assertThat(ids(api.get(base + "&minPrice=0&sort=name", null)))
                .containsExactlyInAnyOrder(twoPrices, expensive, bargain);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Response usd = api.get(base + "&currency=USD&sort=price_asc", null);
            assertThat(ids(usd).getFirst()).isEqualTo(bargain);
            assertThat(usd.body().path("items").get(0).path("priceFrom").path("amount").asString())
                    .isEqualTo("10.00");
            assertThat(usd.body().path("items").get(1).path("priceFrom").isNull()).isTrue();
        });
        assertThat(ids(api.get(base + "&currency=USD&minPrice=5.5", null))).containsExactly(bargain);
    }

    @Test
    void badPriceParametersAre400Problems() {
        UUID category = fixtures.category(unique("Rugs"), null);
        UUID id = activeProduct(category, uniqueSku("RUG"));
        assertBad("/api/v1/products?currency=XYZ", "currency");
        assertBad("/api/v1/products?currency=usd", "currency");
        assertBad("/api/v1/products?currency=XAU", "currency");
        assertBad("/api/v1/products/" + id + "?currency=EURO", "currency");
        String slug = api.get("/api/v1/products/" + id, null).body().path("slug").asString();
        assertBad("/api/v1/products/by-slug/" + slug + "?currency=ZZZ", "currency");
        assertBad("/api/v1/products?minPrice=cheap", "minPrice");
        assertBad("/api/v1/products?maxPrice=-1", "maxPrice");
        assertBad("/api/v1/products?minPrice=1.5", "minPrice");                  // VND has no decimals
        assertBad("/api/v1/products?currency=USD&maxPrice=1.999", "maxPrice");
        assertBad("/api/v1/products?minPrice=200&maxPrice=100", "minPrice");
        assertBad("/api/v1/products?sort=cheapest", "sort");
        // and a valid currency with nothing priced in it is fine
        assertThat(api.get("/api/v1/products/" + id + "?currency=EUR", null).status()).isEqualTo(200);
    }

    private void assertBad(String path, String field) {
        Response bad = api.get(path, null);
        assertThat(bad.status()).as(path + " " + bad.body()).isEqualTo(400);
        assertThat(bad.headers().getContentType()).hasToString("application/problem+json");
        assertThat(bad.body().path("code").asString()).isEqualTo("validation-failed");
        assertThat(bad.body().path("errors").valueStream().map(e -> e.path("field").asString())).contains(field);
    }

    private UUID activeProduct(UUID category, String... codes) {
        List<Map<String, Object>> skus = Arrays.stream(codes)
                .map(code -> CatalogFixtures.sku(code, Map.of("size", code.substring(code.length() - 4)))).toList();
        Response created = fixtures.createProduct(product(unique("Item"), null, List.of(category), skus));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.body().path("id").asString());
        assertThat(fixtures.status(id, "ACTIVE", created.headers().getETag()).status()).isEqualTo(200);
        return id;
    }

    private static JsonNode skuOf(Response page, String code) {
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        return skuOf(page.body(), code);
    }

    private static JsonNode skuOf(JsonNode page, String code) {
        return page.path("skus").valueStream().filter(s -> s.path("code").asString().equals(code)).findFirst()
                .orElseThrow();
    }

    private static List<UUID> ids(Response listing) {
        assertThat(listing.status()).as(listing.body().toString()).isEqualTo(200);
        return listing.body().path("items").valueStream().map(p -> UUID.fromString(p.path("id").asString()))
                .toList();
    }
}
