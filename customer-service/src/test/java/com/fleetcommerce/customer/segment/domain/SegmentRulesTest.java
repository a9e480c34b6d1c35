package com.fleetcommerce.customer.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.shared.web.problem.InvalidFieldsException;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static CustomerFacts facts(String spent, long orders, Instant lastOrder, String city) {
        return new CustomerFacts(UUID.randomUUID(), false, new BigDecimal(spent), orders, lastOrder, city,
                Instant.parse("2025-01-15T10:00:00Z"), true, false, false);
    }

    private static SegmentRules rules(String match, ConditionDraft... conditions) {
        return new RuleDraft(match, List.of(conditions)).parse();
    }

    private static ConditionDraft c(String attribute, String operator, String... values) {
        return new ConditionDraft(attribute, operator, List.of(values));
    }

    @Test
    void everyOperatorCompares() {
        CustomerFacts f = facts("5000000", 3, NOW.minus(Duration.ofDays(10)), "Hà Nội");
        assertThat(rules("ALL", c("totalSpent", ">=", "5000000")).matches(f, NOW)).isTrue();
        assertThat(rules("ALL", c("totalSpent", ">", "5000000")).matches(f, NOW)).isFalse();
        assertThat(rules("ALL", c("orderCount", "between", "2", "3")).matches(f, NOW)).isTrue();
        assertThat(rules("ALL", c("orderCount", "in", "1", "3")).matches(f, NOW)).isTrue();
        assertThat(rules("ALL", c("orderCount", "!=", "3")).matches(f, NOW)).isFalse();
        assertThat(rules("ALL", c("orderCount", "<", "4"), c("orderCount", "<=", "3")).matches(f, NOW)).isTrue();
        assertThat(rules("ALL", c("lastOrderDate", "within-last-days", "30")).matches(f, NOW)).isTrue();
        assertThat(rules("ALL", c("lastOrderDate", "within-last-days", "7")).matches(f, NOW)).isFalse();
        assertThat(rules("ALL", c("registrationDate", "<", "2025-02-01")).matches(f, NOW)).isTrue();
        assertThat(rules("ALL", c("city", "=", "hà nội")).matches(f, NOW)).isTrue();
        assertThat(rules("ALL", c("marketingEmailConsent", "=", "true")).matches(f, NOW)).isTrue();
        assertThat(rules("ANY", c("city", "=", "Huế"), c("orderCount", "=", "3")).matches(f, NOW)).isTrue();
        assertThat(rules("ALL", c("city", "=", "Huế"), c("orderCount", "=", "3")).matches(f, NOW)).isFalse();
    }

    @Test
    void unknownFactsMatchNothingAndDeletedCustomersAreInNoSegment() {
        CustomerFacts none = facts("0", 0, null, null);
        assertThat(rules("ALL", c("city", "!=", "Huế")).matches(none, NOW)).isFalse();
        assertThat(rules("ALL", c("lastOrderDate", "within-last-days", "3650")).matches(none, NOW)).isFalse();
        CustomerFacts deleted = new CustomerFacts(UUID.randomUUID(), true, BigDecimal.TEN, 1, NOW, "Huế", NOW,
                false, false, false);
        assertThat(rules("ALL", c("orderCount", ">=", "0")).matches(deleted, NOW)).isFalse();
    }

    @Test
    void malformedRulesNameEachBadPart() {
        assertThatThrownBy(() -> rules("SOME", c("city", ">", "x"), c("totalSpent", "=", "lots")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors())
                        .extracting(er -> er.field())
                        .containsExactly("rules.match", "rules.conditions[0].values", "rules.conditions[1].values"));
    }
}
