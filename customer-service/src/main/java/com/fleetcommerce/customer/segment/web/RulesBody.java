package com.fleetcommerce.customer.segment.web;

import java.util.List;

import com.fleetcommerce.customer.segment.domain.RuleDraft;

public record RulesBody(String match, List<ConditionBody> conditions) {

    RuleDraft toDraft() {
        return new RuleDraft(match, conditions == null ? null
                : conditions.stream().map(c -> c == null ? null : c.toDraft()).toList());
    }
}
