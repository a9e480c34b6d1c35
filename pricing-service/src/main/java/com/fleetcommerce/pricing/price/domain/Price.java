package com.fleetcommerce.pricing.price.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One price of a list for a {@link PriceTarget}: the unit amount from quantity 1, optional quantity tiers (each from
 * its {@code minQuantity} on, at least 2, no two alike), an optional validity window inside the list's, the tax class
 * the item is taxed by, and on a SALE list the compare-at ("was") price. Built only through {@link #of}, which checks
 * every rule against the list, so a stored price is always valid for its list.
 */
public record Price(UUID id, UUID priceListId, PriceTarget target, BigDecimal amount, BigDecimal compareAt,
                    List<Tier> tiers, Window validity, String taxClass) {

    public static final int MAX_TIERS = 20;
    public static final String DEFAULT_TAX_CLASS = "STANDARD";

    public Price {
        tiers = List.copyOf(tiers);
        validity = validity == null ? Window.ALWAYS : validity;
    }

    public static Price of(UUID id, PriceList list, PriceTarget target, BigDecimal amount, BigDecimal compareAt,
                           List<Tier> tiers, Window validity, String taxClass) {
        BigDecimal unit = Amounts.check(amount, list.currency(), "amount");
        BigDecimal was = null;
        if (list.isSale()) {
            was = Amounts.check(compareAt, list.currency(), "compareAt");
            if (was.compareTo(unit) < 0) {
                throw new PricingRuleViolation("compare-at-below-price", "compareAt",
                        "compareAt must not be below the selling amount on a SALE list");
            }
        } else if (compareAt != null) {
            throw new PricingRuleViolation("compare-at-not-allowed", "compareAt",
                    "only prices of a SALE list carry a compareAt price");
        }
        String tax = taxClass == null || taxClass.isBlank() ? DEFAULT_TAX_CLASS : taxClass;
        if (!tax.matches("[A-Z0-9_]{1,32}")) {
            throw new PricingRuleViolation("invalid-tax-class", "taxClass",
                    "taxClass must be 1-32 characters A-Z, 0-9 or '_'");
        }
        return new Price(id, list.id(), target, unit, was, checkTiers(tiers, list), validity, tax);
    }

    private static List<Tier> checkTiers(List<Tier> tiers, PriceList list) {
        if (tiers == null || tiers.isEmpty()) {
            return List.of();
        }
        if (tiers.size() > MAX_TIERS) {
            throw new PricingRuleViolation("too-many-tiers", "tiers", "at most " + MAX_TIERS + " tiers");
        }
        Set<Long> seen = new HashSet<>();
        List<Tier> checked = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            String field = "tiers[" + i + "]";
            if (tier.minQuantity() < 2) {
                // quantity 1 is the price's own amount: a tier from 1 would be a second, competing base price
                throw new PricingRuleViolation("invalid-tier", field + ".minQuantity",
                        "a tier starts at quantity 2 or more (the price's amount applies from 1)");
            }
            if (!seen.add(tier.minQuantity())) {
                // tiers are open-ended ranges [minQuantity, next tier): two with one start would overlap entirely
                throw new PricingRuleViolation("overlapping-tiers", field + ".minQuantity",
                        "two tiers start at quantity " + tier.minQuantity());
            }
            checked.add(new Tier(tier.minQuantity(), Amounts.check(tier.amount(), list.currency(), field + ".amount")));
        }
        checked.sort(Comparator.comparingLong(Tier::minQuantity));
        return checked;
    }

    /** The tier for a quantity: the one with the largest minQuantity <= quantity, or the base tier (from 1). */
    public Tier tierFor(long quantity) {
        Tier chosen = new Tier(1, amount);
        for (Tier tier : tiers) {
            if (tier.minQuantity() <= quantity) {
                chosen = tier;
            }
        }
        return chosen;
    }

    public MatchLevel level() {
        return target.level();
    }
}
