package com.fleetcommerce.pricing.price.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The rules a price must keep against its list. */
class PriceRulesTest {

    static final PriceList VND = new PriceList(UUID.randomUUID(), "VND-RETAIL", null, Currency.getInstance("VND"), 0,
            null, Window.ALWAYS, true, PriceListKind.REGULAR, true, 0);
    static final PriceList USD_SALE = new PriceList(UUID.randomUUID(), "USD-SALE", null, Currency.getInstance("USD"),
            0, null, Window.ALWAYS, false, PriceListKind.SALE, true, 0);
    static final PriceTarget SKU = PriceTarget.sku("SKU-1", null);

    @Test
    void refusesNegativeAmountsAndTooManyDecimals() {
        assertCode(() -> Price.of(null, VND, SKU, new BigDecimal("-1"), null, List.of(), null, null),
                "negative-amount");
        assertCode(() -> Price.of(null, VND, SKU, new BigDecimal("1.5"), null, List.of(), null, null),
                "amount-scale");
        assertCode(() -> Price.of(null, USD_SALE, SKU, new BigDecimal("1.005"), new BigDecimal("2"), List.of(), null,
                null), "amount-scale");
        assertThat(Price.of(null, USD_SALE, SKU, new BigDecimal("1.5"), new BigDecimal("2"), List.of(), null, null)
                .amount()).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void refusesOverlappingDuplicateAndBaseTiers() {
        assertCode(() -> Price.of(null, VND, SKU, BigDecimal.TEN, null,
                List.of(new Tier(5, BigDecimal.ONE), new Tier(5, BigDecimal.TWO)), null, null), "overlapping-tiers");
        assertCode(() -> Price.of(null, VND, SKU, BigDecimal.TEN, null, List.of(new Tier(1, BigDecimal.ONE)), null,
                null), "invalid-tier");
        assertCode(() -> Price.of(null, VND, SKU, BigDecimal.TEN, null, List.of(new Tier(3, new BigDecimal("-1"))),
                null, null), "negative-amount");
    }

    @Test
    void compareAtOnlyOnSaleListsAndNeverBelowThePrice() {
        assertCode(() -> Price.of(null, VND, SKU, BigDecimal.TEN, BigDecimal.TEN, List.of(), null, null),
                "compare-at-not-allowed");
        assertCode(() -> Price.of(null, USD_SALE, SKU, BigDecimal.TEN, null, List.of(), null, null),
                "amount-required");
        assertCode(() -> Price.of(null, USD_SALE, SKU, BigDecimal.TEN, BigDecimal.ONE, List.of(), null, null),
                "compare-at-below-price");
    }

    @Test
    void windowsMustEndAfterTheyStart() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertCode(() -> Window.of(t, t), "window-invalid");
        assertCode(() -> Window.of(t, t.minusSeconds(1)), "window-invalid");
        assertThat(Window.of(t, t.plusNanos(1)).contains(t)).isTrue();
        assertThat(Window.of(t, t.plusNanos(1)).contains(t.plusNanos(1))).isFalse();
    }

    @Test
    void aPriceIsForExactlyOneOfSkuOrProduct() {
        assertCode(() -> new PriceTarget("SKU-1", UUID.randomUUID(), null), "invalid-target");
        assertCode(() -> new PriceTarget(null, null, null), "invalid-target");
        assertCode(() -> new PriceTarget("bad sku", null, null), "invalid-sku");
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOf(PricingRuleViolation.class)
                .satisfies(e -> assertThat(((PricingRuleViolation) e).code()).isEqualTo(code));
    }
}
