package com.fleetcommerce.customer.segment.domain;

import java.util.List;

/** A condition as written: {@code {"attribute":"totalSpent","operator":">=","values":["5000000"]}}. */
public record ConditionDraft(String attribute, String operator, List<String> values) {
}
