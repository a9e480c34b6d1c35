package com.fleetcommerce.customer.segment.web;

import java.util.ArrayList;
import java.util.List;

import com.fleetcommerce.customer.segment.domain.ConditionDraft;

/** {@code value} for one-value operators, {@code values} for {@code in} and {@code between}; numbers or strings. */
public record ConditionBody(String attribute, String operator, Object value, List<Object> values) {

    ConditionDraft toDraft() {
        List<String> all = new ArrayList<>();
        if (value != null) {
            all.add(String.valueOf(value));
        }
        if (values != null) {
            values.forEach(v -> all.add(v == null ? null : String.valueOf(v)));
        }
        return new ConditionDraft(attribute, operator, all);
    }
}
