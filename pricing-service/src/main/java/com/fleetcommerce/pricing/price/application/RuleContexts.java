package com.fleetcommerce.pricing.price.application;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.PriceRule;
import com.fleetcommerce.pricing.price.domain.PriceRuleRepository;
import org.springframework.stereotype.Component;

/**
 * Loads the rules of a currency (one query; rules are few and not cached, so a rule change is seen by the next
 * read without any invalidation) and, only when some rule targets brands or categories, the products' facts.
 */
@Component
class RuleContexts {

    private final PriceRuleRepository rules;

    RuleContexts(PriceRuleRepository rules) {
        this.rules = rules;
    }

    RuleContext load(Currency currency, Collection<UUID> productIds) {
        List<PriceRule> active = rules.activeRules(currency);
        if (active.isEmpty()) {
            return RuleContext.NONE;
        }
        return new RuleContext(active, RuleContext.needsFacts(active) ? rules.factsOf(productIds) : Map.of());
    }
}
