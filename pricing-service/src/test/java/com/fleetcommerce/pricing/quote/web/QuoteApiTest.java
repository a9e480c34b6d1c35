package com.fleetcommerce.pricing.quote.web;

import static com.fleetcommerce.pricing.PricingFixtures.assertProblem;
import static com.fleetcommerce.pricing.PricingFixtures.body;
import static com.fleetcommerce.pricing.PricingFixtures.line;
import static com.fleetcommerce.pricing.PricingFixtures.money;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.PricingFixtures;
import com.fleetcommerce.pricing.PricingIntegrationTest;
import com.fleetcommerce.pricing.TaxRatesFixture;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Quotes and single effective prices over HTTP, without a token (public), from stored prices only. */
@PricingIntegrationTest
class QuoteApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    PricingFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new PricingFixtures(api);
        TaxRatesFixture.vietnam(api);
    }

    @Test
    void pricesABasketWithSaleTiersWarehouseAndTaxPerLine() {
        String shirt = unique("SHIRT");
        String coffee = unique("COFFEE");
        UUID hanoi = UUID.randomUUID();
        UUID retail = fixtures.list("VND", 0);
        UUID sale = fixtures.list(unique("SALE"), "VND", "SALE", 5, true);
        fixtures.putOk(retail, body("sku", shirt, "amount", money("199000", "VND")));
        fixtures.putOk(retail, body("sku", coffee, "amount", money("55000", "VND"), "taxClass", "ESSENTIAL",
                "tiers", List.of(body("minQuantity", 10, "amount", money("50000", "VND")))));
        fixtures.putOk(sale, body("sku", shirt, "amount", money("149000", "VND"), "compareAt", money("199000", "VND")));
        fixtures.putOk(retail, body("sku", coffee, "warehouseId", hanoi, "amount", money("52000", "VND"),
                "taxClass", "ESSENTIAL"));

        ApiClient.Response quote = fixtures.quote(body("currency", "VND", "country", "VN",
                "lines", List.of(line(shirt, 1), line(coffee, 2))));
        assertThat(quote.status()).as(quote.body().toString()).isEqualTo(200);
        JsonNode shirtLine = quote.body().path("lines").get(0);
        assertThat(shirtLine.path("unitPrice").path("amount").asString()).isEqualTo("149000");
        assertThat(shirtLine.path("compareAt").path("amount").asString()).isEqualTo("199000");
        // 149,000 x 10/110 = 13,545.45 -> 13,545
        assertThat(shirtLine.path("tax").path("amount").asString()).isEqualTo("13545");
        assertThat(shirtLine.path("net").path("amount").asString()).isEqualTo("135455");
        assertThat(shirtLine.path("lineTotal").path("amount").asString()).isEqualTo("149000");
        assertThat(shirtLine.path("matched").path("level").asString()).isEqualTo("SKU");
        assertThat(shirtLine.path("matched").path("kind").asString()).isEqualTo("SALE");
        JsonNode coffeeLine = quote.body().path("lines").get(1);
        // 110,000 x 5/105 = 5,238.09 -> 5,238
        assertThat(coffeeLine.path("taxRate").asString()).isEqualTo("5");
        assertThat(coffeeLine.path("tax").path("amount").asString()).isEqualTo("5238");
        assertThat(coffeeLine.path("lineTotal").path("amount").asString()).isEqualTo("110000");
        JsonNode totals = quote.body().path("totals");
        assertThat(totals.path("total").path("amount").asString()).isEqualTo("259000");
        assertThat(totals.path("tax").path("amount").asString()).isEqualTo("18783");
        assertThat(totals.path("net").path("amount").asString()).isEqualTo("240217");
        assertThat(totals.path("total").path("currency").asString()).isEqualTo("VND");

        // the warehouse price and the tier
        ApiClient.Response inHanoi = fixtures.quote(body("currency", "VND", "country", "VN", "warehouseId", hanoi,
                "lines", List.of(line(coffee, 2), line(coffee, 10))));
        assertThat(inHanoi.body().path("lines").get(0).path("unitPrice").path("amount").asString()).isEqualTo("52000");
        assertThat(inHanoi.body().path("lines").get(0).path("matched").path("level").asString())
                .isEqualTo("SKU_WAREHOUSE");
        // the warehouse price has no tiers: the more specific price wins, whatever the quantity
        assertThat(inHanoi.body().path("lines").get(1).path("unitPrice").path("amount").asString()).isEqualTo("52000");
        ApiClient.Response bulk = fixtures.quote(body("currency", "VND", "country", "VN",
                "lines", List.of(line(coffee, 10))));
        assertThat(bulk.body().path("lines").get(0).path("unitPrice").path("amount").asString()).isEqualTo("50000");
        assertThat(bulk.body().path("lines").get(0).path("matched").path("tierMinQuantity").asLong()).isEqualTo(10);
    }

    @Test
    void taxExclusiveUsdListAddsTaxRoundedPerLine() {
        String sku = unique("USD");
        UUID usd = fixtures.list(unique("USD"), "USD", "REGULAR", 0, false);
        fixtures.putOk(usd, body("sku", sku, "amount", money("19.99", "USD")));
        ApiClient.Response quote = fixtures.quote(body("currency", "USD", "country", "VN",
                "lines", List.of(line(sku, 3))));
        assertThat(quote.status()).as(quote.body().toString()).isEqualTo(200);
        JsonNode line = quote.body().path("lines").get(0);
        assertThat(line.path("net").path("amount").asString()).isEqualTo("59.97");
        assertThat(line.path("tax").path("amount").asString()).isEqualTo("6.00");
        assertThat(line.path("lineTotal").path("amount").asString()).isEqualTo("65.97");
        assertThat(line.path("taxInclusive").asBoolean()).isFalse();
    }

    @Test
    void productLevelPricesApplyThroughTheSkusProduct() {
        String sku = unique("VARIANT");
        UUID product = UUID.randomUUID();
        UUID list = fixtures.list("VND", 0);
        fixtures.putOk(list, body("productId", product, "amount", money("300000", "VND")));
        // pricing does not know the SKU's product yet: the line's productId is used
        ApiClient.Response quote = fixtures.quote(body("currency", "VND", "country", "VN",
                "lines", List.of(body("sku", sku, "productId", product, "quantity", 1))));
        assertThat(quote.status()).as(quote.body().toString()).isEqualTo(200);
        assertThat(quote.body().path("lines").get(0).path("matched").path("level").asString()).isEqualTo("PRODUCT");
        // once it knows (a SKU price put with the product), the stored product wins over what a caller claims
        UUID other = fixtures.list("VND", 0);
        fixtures.putOk(other, body("sku", unique("X"), "amount", money("1", "VND")));
        fixtures.putOk(other, body("sku", sku, "productId", product, "amount", money("310000", "VND"),
                "validFrom", "2030-01-01T00:00:00Z"));
        UUID cheap = UUID.randomUUID();
        fixtures.putOk(list, body("productId", cheap, "amount", money("1000", "VND")));
        ApiClient.Response borrowed = fixtures.quote(body("currency", "VND", "country", "VN",
                "lines", List.of(body("sku", sku, "productId", cheap, "quantity", 1))));
        assertThat(borrowed.body().path("lines").get(0).path("unitPrice").path("amount").asString())
                .isEqualTo("300000");
    }

    @Test
    void unpricedSkusAreNamedInOne422() {
        String priced = unique("PRICED");
        fixtures.skuPrice(fixtures.list("VND", 0), priced, "1000", "VND");
        String missing1 = unique("MISSING");
        String missing2 = unique("MISSING");
        ApiClient.Response quote = fixtures.quote(body("currency", "VND", "country", "VN",
                "lines", List.of(line(priced, 1), line(missing1, 1), line(missing2, 3))));
        assertProblem(quote, 422, "price-not-found");
        assertThat(quote.body().path("skus").valueStream().map(JsonNode::asString)).containsExactly(missing1, missing2);
        assertThat(quote.body().path("detail").asString()).contains(missing1, missing2);

        assertProblem(fixtures.quote(body("currency", "USD", "country", "VN", "lines", List.of(line(priced, 1)))),
                422, "price-not-found");
        assertProblem(fixtures.quote(body("currency", "VND", "country", "ZZ", "lines", List.of(line(priced, 1)))),
                422, "tax-rate-not-found");
    }

    @Test
    void refusesClientPricesAndMalformedQuotes() {
        String sku = unique("SKU");
        fixtures.skuPrice(fixtures.list("VND", 0), sku, "1000", "VND");
        assertThat(fixtures.quote(body("currency", "VND", "country", "VN", "lines",
                List.of(body("sku", sku, "quantity", 1, "unitPrice", money("1", "VND"))))).status()).isEqualTo(400);
        assertThat(fixtures.quote(body("currency", "VND", "country", "VN", "total", money("1", "VND"), "lines",
                List.of(line(sku, 1)))).status()).isEqualTo(400);
        assertProblem(fixtures.quote(body("currency", "VND", "country", "VN", "lines", List.of(line(sku, 0)))), 400,
                "validation-failed");
        assertProblem(fixtures.quote(body("currency", "VND", "country", "VN", "lines", List.of())), 400,
                "validation-failed");
        assertProblem(fixtures.quote(body("currency", "VND", "lines", List.of(line(sku, 1)))), 400,
                "validation-failed");
        assertProblem(fixtures.quote(body("currency", "QQQ", "country", "VN", "lines", List.of(line(sku, 1)))), 400,
                "unknown-currency");
    }

    @Test
    void fiftyLinesInOneQuote() {
        UUID list = fixtures.list("VND", 0);
        List<Map<String, Object>> lines = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 1; i <= 50; i++) {
            String sku = unique("BULK");
            fixtures.skuPrice(list, sku, String.valueOf(i * 1000), "VND");
            lines.add(line(sku, i));
            expected = expected.add(BigDecimal.valueOf((long) i * 1000 * i));
        }
        ApiClient.Response quote = fixtures.quote(body("currency", "VND", "country", "VN", "lines", lines));
        assertThat(quote.status()).isEqualTo(200);
        assertThat(quote.body().path("lines").size()).isEqualTo(50);
        assertThat(new BigDecimal(quote.body().path("totals").path("total").path("amount").asString()))
                .isEqualByComparingTo(expected);
    }

    @Test
    void effectivePriceForOneSkuIsPublicAndExplained() {
        String sku = unique("ONE");
        UUID list = fixtures.list("VND", 0);
        fixtures.putOk(list, body("sku", sku, "amount", money("99000", "VND"),
                "tiers", List.of(body("minQuantity", 5, "amount", money("90000", "VND")))));
        ApiClient.Response one = api.get("/api/v1/prices/effective?sku=" + sku + "&currency=VND&quantity=6", null);
        assertThat(one.status()).as(one.body().toString()).isEqualTo(200);
        assertThat(one.body().path("unitPrice").path("amount").asString()).isEqualTo("90000");
        assertThat(one.body().path("matched").path("tierMinQuantity").asLong()).isEqualTo(5);
        assertThat(one.body().path("matched").path("explanation").asString()).contains("level SKU", "tier from 5");
        assertThat(api.get("/api/v1/prices/effective?sku=" + sku + "&currency=VND",
                TestJwts.customer().token()).status()).isEqualTo(200);

        assertProblem(api.get("/api/v1/prices/effective?sku=" + unique("NONE") + "&currency=VND", null), 404,
                "price-not-found");
        assertProblem(api.get("/api/v1/prices/effective?sku=" + sku + "&currency=VND&quantity=0", null), 400,
                "validation-failed");
        assertProblem(api.get("/api/v1/prices/effective?sku=" + sku + "&currency=NOPE", null), 400,
                "unknown-currency");
        assertThat(api.send(HttpMethod.GET, "/api/v1/prices/effective?sku=" + sku, null, null, Map.of()).status())
                .isEqualTo(400);
    }
}
