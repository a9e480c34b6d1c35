package com.fleetcommerce.pricing.price.application;

import static com.fleetcommerce.pricing.PricingFixtures.WRITER;
import static com.fleetcommerce.pricing.PricingFixtures.body;
import static com.fleetcommerce.pricing.PricingFixtures.line;
import static com.fleetcommerce.pricing.PricingFixtures.money;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.pricing.PricingFixtures;
import com.fleetcommerce.pricing.PricingIntegrationTest;
import com.fleetcommerce.pricing.TaxRatesFixture;
import com.fleetcommerce.pricing.price.domain.CandidateCache;
import com.fleetcommerce.testsupport.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resolution reads cached candidates from Redis, and every change through the service invalidates exactly the SKUs
 * it touched. A change made behind the service's back (plain SQL) is NOT seen while cached: that proves the cache is
 * used; a change through the API is seen at once: that proves the invalidation.
 */
@PricingIntegrationTest
class CandidateCacheTest {

    static final Currency VND = Currency.getInstance("VND");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    CandidateCache cache;

    PricingFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PricingFixtures(new ApiClient(port));
        TaxRatesFixture.vietnam(fixtures.api());
    }

    @Test
    void quotesUseTheCacheAndChangesInvalidateIt() {
        String sku = unique("CACHED");
        String other = unique("OTHER");
        UUID list = fixtures.list("VND", 0);
        fixtures.skuPrice(list, sku, "1000", "VND");
        fixtures.skuPrice(list, other, "500", "VND");
        assertThat(unitPrice(sku, 1)).isEqualTo("1000");
        assertThat(unitPrice(other, 1)).isEqualTo("500");
        assertThat(redis.hasKey("pricing:candidates:VND:" + sku)).isTrue();

        // behind the service's back: the cached candidates still answer
        jdbc.update("update price set amount = 1 where sku = ?", sku);
        assertThat(unitPrice(sku, 1)).isEqualTo("1000");

        // a tier does not move the quantity-1 price (no event), but must still invalidate
        fixtures.putOk(list, body("sku", sku, "amount", money("1000", "VND"),
                "tiers", List.of(body("minQuantity", 10, "amount", money("900", "VND")))));
        assertThat(unitPrice(sku, 10)).isEqualTo("900");
        assertThat(redis.hasKey("pricing:candidates:VND:" + other)).as("other SKUs stay cached").isTrue();

        // a list change invalidates its SKUs too
        assertThat(fixtures.api().send(HttpMethod.POST, "/api/v1/price-lists/" + list + "/deactivate", WRITER, null,
                Map.of("If-Match", "\"0\"")).status()).isEqualTo(200);
        assertThat(fixtures.quote(body("currency", "VND", "country", "VN", "lines", List.of(line(other, 1))))
                .status()).isEqualTo(422);
    }

    @Test
    void aReadThatRacedAnInvalidationIsNotCached() {
        String sku = unique("RACE");
        CandidateCache.Lookup seen = cache.find(VND, Set.of(sku));
        cache.invalidate(VND, Set.of(sku));        // a writer committed after the reader read its generation
        cache.fill(VND, Map.of(sku, new CandidateCache.Entry(null, List.of())), seen.generations());
        assertThat(redis.hasKey("pricing:candidates:VND:" + sku)).isFalse();

        CandidateCache.Lookup now = cache.find(VND, Set.of(sku));
        cache.fill(VND, Map.of(sku, new CandidateCache.Entry(null, List.of())), now.generations());
        assertThat(cache.find(VND, Set.of(sku)).hits()).containsKey(sku);
    }

    private String unitPrice(String sku, long quantity) {
        ApiClient.Response quote = fixtures.quote(body("currency", "VND", "country", "VN",
                "lines", List.of(line(sku, quantity))));
        assertThat(quote.status()).as(quote.body().toString()).isEqualTo(200);
        return quote.body().path("lines").get(0).path("unitPrice").path("amount").asString();
    }
}
