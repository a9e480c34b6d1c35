package com.fleetcommerce.customer.segment.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * One test: {@code attribute operator values}. Values are kept as the strings the rule was written with and parsed
 * by the attribute's type: numbers as decimals, dates as {@code yyyy-MM-dd} (UTC days) or instants, text compared
 * case-insensitively, booleans {@code true}/{@code false}. A fact that is unknown (no order yet, no default address)
 * matches no condition at all, not even {@code !=}, as in SQL.
 */
public record Condition(Attribute attribute, Operator operator, List<String> values) {

    public Condition {
        values = List.copyOf(values);
    }

    /** @return why the condition is malformed, or null when it is well-formed */
    public static String problem(Attribute attribute, Operator operator, List<String> values) {
        if (!operator.appliesTo(attribute.type())) {
            return "operator " + operator.symbol() + " does not apply to " + attribute.ruleName();
        }
        if (values.size() < operator.minValues() || values.size() > operator.maxValues()) {
            return operator.symbol() + " takes " + (operator.minValues() == operator.maxValues()
                    ? String.valueOf(operator.minValues()) : operator.minValues() + " to " + operator.maxValues())
                    + " value(s)";
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                return "values must not be blank";
            }
            try {
                if (operator == Operator.WITHIN_LAST_DAYS) {
                    if (Integer.parseInt(value) < 0) {
                        return "within-last-days takes a number of days, 0 or more";
                    }
                    continue;
                }
                switch (attribute.type()) {
                    case NUMBER -> new BigDecimal(value);
                    case DATE -> instant(value);
                    case BOOLEAN -> {
                        if (!value.equals("true") && !value.equals("false")) {
                            return "must be true or false";
                        }
                    }
                    case TEXT -> {
                        if (value.length() > 200) {
                            return "text values are at most 200 characters";
                        }
                    }
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                return "'" + value + "' is not a " + (operator == Operator.WITHIN_LAST_DAYS ? "number of days"
                        : attribute.type().name().toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    public boolean matches(CustomerFacts facts, Instant now) {
        Object fact = facts.value(attribute);
        if (fact == null) {
            return false;
        }
        return switch (attribute.type()) {
            case NUMBER -> compare((BigDecimal) fact, values.stream().map(BigDecimal::new).toList());
            case DATE -> operator == Operator.WITHIN_LAST_DAYS
                    ? !((Instant) fact).isBefore(now.minus(Duration.ofDays(Long.parseLong(values.getFirst()))))
                    : compare((Instant) fact, values.stream().map(Condition::instant).toList());
            case TEXT -> text((String) fact);
            case BOOLEAN -> (operator == Operator.EQ) == (fact.equals(Boolean.valueOf(values.getFirst())));
        };
    }

    private <T extends Comparable<T>> boolean compare(T fact, List<T> operands) {
        T first = operands.getFirst();
        return switch (operator) {
            case EQ -> fact.compareTo(first) == 0;
            case NE -> fact.compareTo(first) != 0;
            case GT -> fact.compareTo(first) > 0;
            case GTE -> fact.compareTo(first) >= 0;
            case LT -> fact.compareTo(first) < 0;
            case LTE -> fact.compareTo(first) <= 0;
            case IN -> operands.stream().anyMatch(o -> fact.compareTo(o) == 0);
            case BETWEEN -> fact.compareTo(first) >= 0 && fact.compareTo(operands.get(1)) <= 0;
            case WITHIN_LAST_DAYS -> throw new IllegalStateException("not a comparison");
        };
    }

    private boolean text(String fact) {
        String normalised = fact.strip().toLowerCase(Locale.ROOT);
        boolean any = values.stream().anyMatch(v -> v.strip().toLowerCase(Locale.ROOT).equals(normalised));
        return switch (operator) {
            case EQ, IN -> any;
            case NE -> !any;
            default -> false;
        };
    }

    /** {@code 2025-01-31} is that UTC day's start; anything else must be an ISO instant. */
    private static Instant instant(String value) {
        return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(value);
    }
}
