package com.fleetcommerce.customer.segment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fleetcommerce.shared.web.problem.FieldViolation;
import com.fleetcommerce.shared.web.problem.InvalidFieldsException;

/** A rule as written by staff, before it is checked ({@link #parse}). */
public record RuleDraft(String match, List<ConditionDraft> conditions) {

    /** @throws InvalidFieldsException naming each bad part ({@code rules.conditions[1].operator}) */
    public SegmentRules parse() {
        List<FieldViolation> errors = new ArrayList<>();
        Match parsedMatch = null;
        try {
            parsedMatch = Match.valueOf(match == null ? "ALL" : match.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldViolation.of("rules.match", "must be ALL or ANY"));
        }
        List<ConditionDraft> drafts = conditions == null ? List.of() : conditions;
        if (drafts.isEmpty() || drafts.size() > SegmentRules.MAX_CONDITIONS) {
            errors.add(FieldViolation.of("rules.conditions", "must hold 1 to " + SegmentRules.MAX_CONDITIONS
                    + " conditions"));
        }
        List<Condition> parsed = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String path = "rules.conditions[" + i + "]";
            ConditionDraft draft = drafts.get(i);
            if (draft == null) {
                errors.add(FieldViolation.of(path, "must not be null"));
                continue;
            }
            Optional<Attribute> attribute = Attribute.byRuleName(draft.attribute());
            Optional<Operator> operator = Operator.bySymbol(draft.operator());
            if (attribute.isEmpty()) {
                errors.add(FieldViolation.of(path + ".attribute", "must be one of totalSpent, orderCount, "
                        + "lastOrderDate, city, registrationDate, marketingEmailConsent, marketingSmsConsent, "
                        + "marketingPushConsent"));
            }
            if (operator.isEmpty()) {
                errors.add(FieldViolation.of(path + ".operator",
                        "must be one of =, !=, >, >=, <, <=, in, between, within-last-days"));
            }
            if (attribute.isEmpty() || operator.isEmpty()) {
                continue;
            }
            List<String> values = draft.values() == null ? List.of() : draft.values();
            String problem = Condition.problem(attribute.get(), operator.get(), values);
            if (problem != null) {
                errors.add(FieldViolation.of(path + ".values", problem));
                continue;
            }
            parsed.add(new Condition(attribute.get(), operator.get(), values));
        }
        InvalidFieldsException.throwIfAny(errors);
        return new SegmentRules(parsedMatch, parsed);
    }

    public static RuleDraft of(SegmentRules rules) {
        return new RuleDraft(rules.match().name(), rules.conditions().stream()
                .map(c -> new ConditionDraft(c.attribute().ruleName(), c.operator().symbol(), c.values())).toList());
    }
}
