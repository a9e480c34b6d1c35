package com.fleetcommerce.catalog.attribute.application;

import java.util.List;

import com.fleetcommerce.catalog.attribute.domain.AttributeError;
import com.fleetcommerce.shared.web.problem.FieldViolation;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;

/**
 * A product's attribute values do not fit its categories' templates: 400 {@code validation-failed} with one
 * {@code errors[]} entry per refused value, each on the field {@code attributes.<code>}.
 */
public class AttributeValuesInvalidException extends InvalidParameterException {

    private final List<FieldViolation> violations;

    public AttributeValuesInvalidException(List<AttributeError> errors) {
        super(field(errors.getFirst()), errors.getFirst().message(), errors.getFirst().rejected());
        this.violations = errors.stream()
                .map(e -> new FieldViolation(field(e), e.message(), e.rejected())).toList();
    }

    private static String field(AttributeError error) {
        return "attributes." + error.code();
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
