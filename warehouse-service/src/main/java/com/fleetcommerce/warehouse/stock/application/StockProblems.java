package com.fleetcommerce.warehouse.stock.application;

import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.warehouse.stock.domain.StockRuleViolation;

/** Turns a refused stock rule into the 409 problem the caller sees, with the rule's own code and details. */
public final class StockProblems {

    private StockProblems() {
    }

    public static ConflictException conflict(StockRuleViolation violation) {
        return new ConflictException(violation.code(), violation.getMessage(), violation.details());
    }
}
