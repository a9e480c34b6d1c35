package com.fleetcommerce.pricing.price.application;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.pricing.price.domain.AdjustmentKind;
import com.fleetcommerce.pricing.price.domain.PriceList;
import com.fleetcommerce.pricing.price.domain.PriceListRepository;
import com.fleetcommerce.pricing.price.domain.PriceRule;
import com.fleetcommerce.pricing.price.domain.PriceRuleRepository;
import com.fleetcommerce.pricing.price.domain.RuleTarget;
import com.fleetcommerce.pricing.price.domain.Window;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, revises and (de)activates price rules. Every change re-resolves the SKUs the base list prices before and
 * after it and publishes what moved ({@link PriceChangeEvents}); every refusal happens before anything is written.
 * The base list and the code never change (a rule moved to another list would be another rule).
 */
@Service
public class PriceRuleService {

    private final PriceRuleRepository rules;
    private final PriceListRepository lists;
    private final PriceChangeEvents events;
    private final StaffAudit audit;

    PriceRuleService(PriceRuleRepository rules, PriceListRepository lists, PriceChangeEvents events,
                     StaffAudit audit) {
        this.rules = rules;
        this.lists = lists;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public PriceRule create(String code, String baseListCode, PriceRuleTerms terms) {
        PriceList base = lists.findByCode(baseListCode == null ? "" : baseListCode)
                .orElseThrow(() -> PricingProblems.badInput("unknown-price-list", "baseList",
                        "no price list has code " + baseListCode));
        PriceRule rule = build(Uuids.v7(), code, base, terms, true, 0);
        PriceChangeEvents.Snapshot before = events.beforeListChange(base);
        if (!rules.insert(rule)) {
            throw new ConflictException("price-rule-code-taken", "A price rule with code " + code + " exists.",
                    Map.of("priceRuleCode", code));
        }
        events.publishChanges(before);
        audit.changed("price-rule.created", "price-rule", rule.id().toString(), null, rule);
        return rule;
    }

    @Transactional
    public PriceRule revise(UUID id, long expectedVersion, PriceRuleTerms terms) {
        PriceRule current = get(id);
        PriceList base = baseOf(current);
        PriceRule revised = build(current.id(), current.code(), base, terms, current.active(), current.version() + 1);
        PriceRule saved = save(current, revised, base, expectedVersion);
        audit.changed("price-rule.revised", "price-rule", id.toString(), current, saved);
        return saved;
    }

    @Transactional
    public PriceRule setActive(UUID id, long expectedVersion, boolean active) {
        PriceRule current = get(id);
        if (current.version() != expectedVersion) {
            throw ETags.stale(current.version());
        }
        if (current.active() == active) {
            return current;
        }
        PriceRule saved = save(current, current.withActive(active), baseOf(current), expectedVersion);
        audit.changed(active ? "price-rule.activated" : "price-rule.deactivated", "price-rule", id.toString(),
                current, saved);
        return saved;
    }

    @Transactional(readOnly = true)
    public PriceRule get(UUID id) {
        return rules.findById(id).orElseThrow(() -> new ResourceNotFoundException("price rule", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<PriceRule> page(PageQuery page) {
        return PageResponse.of(rules.page(page.offset(), page.size()), page, rules.count());
    }

    private PriceRule save(PriceRule current, PriceRule changed, PriceList base, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw ETags.stale(current.version());
        }
        PriceChangeEvents.Snapshot before = events.beforeListChange(base);
        if (!rules.update(changed, expectedVersion)) {
            throw ETags.stale(rules.findById(current.id()).map(PriceRule::version).orElse(current.version()));
        }
        events.publishChanges(before);
        return changed;
    }

    private PriceList baseOf(PriceRule rule) {
        return lists.findById(rule.baseListId()).orElseThrow(() -> new ResourceNotFoundException("price list",
                rule.baseListId()));
    }

    private static PriceRule build(UUID id, String code, PriceList base, PriceRuleTerms terms, boolean active,
                                   long version) {
        BigDecimal value;
        if (terms.kind() == AdjustmentKind.FIXED) {
            if (terms.amountCurrency() != null && !terms.amountCurrency().equals(base.currency().getCurrencyCode())) {
                throw PricingProblems.badInput("currency-mismatch", "amount.currency",
                        "amount must be in the base list's currency (" + base.currency().getCurrencyCode() + ")");
            }
            if (terms.percentage() != null) {
                throw PricingProblems.badInput("invalid-adjustment", "percentage",
                        "a FIXED rule takes an amount, not a percentage");
            }
            value = terms.amount();
        } else {
            if (terms.amount() != null) {
                throw PricingProblems.badInput("invalid-adjustment", "amount",
                        "a PERCENTAGE rule takes a percentage, not an amount");
            }
            value = terms.percentage();
        }
        BigDecimal checkedValue = value;
        return PricingProblems.checked(() -> PriceRule.of(id, code, terms.name(), base, terms.kind(), checkedValue,
                new RuleTarget(terms.targetKind(),
                        terms.targetIds() == null ? null : new HashSet<>(terms.targetIds())),
                Window.of(terms.validFrom(), terms.validTo()), active, version));
    }
}
