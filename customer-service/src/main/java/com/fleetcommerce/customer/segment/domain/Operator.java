package com.fleetcommerce.customer.segment.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Comparison operators of the rule language, with the value types they apply to and how many values they take. */
public enum Operator {
    EQ("=", 1, 1, Set.of(ValueType.values())),
    NE("!=", 1, 1, Set.of(ValueType.values())),
    GT(">", 1, 1, Set.of(ValueType.NUMBER, ValueType.DATE)),
    GTE(">=", 1, 1, Set.of(ValueType.NUMBER, ValueType.DATE)),
    LT("<", 1, 1, Set.of(ValueType.NUMBER, ValueType.DATE)),
    LTE("<=", 1, 1, Set.of(ValueType.NUMBER, ValueType.DATE)),
    IN("in", 1, 100, Set.of(ValueType.NUMBER, ValueType.TEXT)),
    BETWEEN("between", 2, 2, Set.of(ValueType.NUMBER, ValueType.DATE)),
    /** The date lies within the last N days (N a whole number of days, counted back from now). */
    WITHIN_LAST_DAYS("within-last-days", 1, 1, Set.of(ValueType.DATE));

    private final String symbol;
    private final int minValues;
    private final int maxValues;
    private final Set<ValueType> types;

    Operator(String symbol, int minValues, int maxValues, Set<ValueType> types) {
        this.symbol = symbol;
        this.minValues = minValues;
        this.maxValues = maxValues;
        this.types = types;
    }

    public String symbol() {
        return symbol;
    }

    public int minValues() {
        return minValues;
    }

    public int maxValues() {
        return maxValues;
    }

    public boolean appliesTo(ValueType type) {
        return types.contains(type);
    }

    public static Optional<Operator> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst();
    }
}
