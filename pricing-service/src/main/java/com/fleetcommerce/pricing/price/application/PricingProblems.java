package com.fleetcommerce.pricing.price.application;

import java.util.Map;
import java.util.function.Supplier;

import com.fleetcommerce.pricing.price.domain.PricingRuleViolation;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import org.springframework.http.HttpStatus;

/** Turns the domain's rule violations into 400 problems with the rule's own code and the field at fault. */
public final class PricingProblems {

    private PricingProblems() {
    }

    public static <T> T checked(Supplier<T> domainCall) {
        try {
            return domainCall.get();
        } catch (PricingRuleViolation violation) {
            throw badInput(violation);
        }
    }

    public static BusinessRuleException badInput(PricingRuleViolation violation) {
        return new BusinessRuleException(violation.code(), HttpStatus.BAD_REQUEST, violation.getMessage(),
                Map.of("field", violation.field()));
    }

    public static BusinessRuleException badInput(String code, String field, String message) {
        return new BusinessRuleException(code, HttpStatus.BAD_REQUEST, message, Map.of("field", field));
    }
}
