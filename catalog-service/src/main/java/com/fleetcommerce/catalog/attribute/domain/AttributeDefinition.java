package com.fleetcommerce.catalog.attribute.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fleetcommerce.shared.web.problem.InvalidValueException;

/**
 * What a product attribute is: its stable code (the key in product bodies, events and listing filters), its name
 * and type, and the type's limits. The code and type never change (stored values and filters depend on them); the
 * name, the unit and the allowed values of an ENUM can.
 */
public final class AttributeDefinition {

    public static final String CODE_REGEX = "[a-z][a-z0-9_]{0,31}";
    public static final int MAX_NAME = 120;
    public static final int MAX_UNIT = 16;
    public static final int MAX_ALLOWED_VALUES = 200;
    public static final int MAX_ENUM_VALUE = 64;
    public static final int DEFAULT_MAX_LENGTH = 255;
    public static final int MAX_MAX_LENGTH = 500;
    /** Numbers are stored with at most this many decimals and digits: enough for grams, inches, volts... */
    public static final int MAX_SCALE = 6;
    public static final int MAX_PRECISION = 24;
    private static final Pattern CODE = Pattern.compile(CODE_REGEX);

    private final UUID id;
    private final String code;
    private final AttributeType type;
    private final BigDecimal min;
    private final BigDecimal max;
    private final Integer maxLength;
    private String name;
    private String unit;
    private List<String> allowedValues;
    private final long version;

    private AttributeDefinition(UUID id, String code, String name, AttributeType type, String unit, BigDecimal min,
                                BigDecimal max, Integer maxLength, List<String> allowedValues, long version) {
        this.id = Objects.requireNonNull(id, "id");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException("code", "must match " + CODE_REGEX);
        }
        if (type == null) {
            throw new InvalidValueException("type", "must be TEXT, NUMBER, BOOLEAN or ENUM");
        }
        this.code = code;
        this.type = type;
        if ((min != null || max != null) && type != AttributeType.NUMBER) {
            throw new InvalidValueException(min != null ? "min" : "max", "applies to NUMBER attributes only");
        }
        if (min != null) {
            checkNumber("min", min);
        }
        if (max != null) {
            checkNumber("max", max);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidValueException("min", "must not be greater than max");
        }
        this.min = min;
        this.max = max;
        if (maxLength != null && type != AttributeType.TEXT) {
            throw new InvalidValueException("maxLength", "applies to TEXT attributes only");
        }
        if (maxLength != null && (maxLength < 1 || maxLength > MAX_MAX_LENGTH)) {
            throw new InvalidValueException("maxLength", "must be within [1, " + MAX_MAX_LENGTH + "]");
        }
        this.maxLength = type == AttributeType.TEXT && maxLength == null ? Integer.valueOf(DEFAULT_MAX_LENGTH)
                : maxLength;
        this.version = version;
        rename(name);
        changeUnit(unit);
        this.allowedValues = checkedAllowedValues(allowedValues);
    }

    public static AttributeDefinition create(UUID id, String code, String name, AttributeType type, String unit,
                                             BigDecimal min, BigDecimal max, Integer maxLength,
                                             List<String> allowedValues) {
        return new AttributeDefinition(id, code, name, type, unit, min, max, maxLength, allowedValues, 0);
    }

    /** Rebuilds a stored definition; persistence only. */
    public static AttributeDefinition restore(UUID id, String code, String name, AttributeType type, String unit,
                                              BigDecimal min, BigDecimal max, Integer maxLength,
                                              List<String> allowedValues, long version) {
        return new AttributeDefinition(id, code, name, type, unit, min, max, maxLength, allowedValues, version);
    }

    /**
     * Revises the name, the unit (NUMBER; values are relabelled, never converted) and the allowed values (ENUM;
     * null keeps them).
     *
     * @return the allowed values this revision removes; the application refuses it when products use them
     */
    public List<String> revise(String newName, String newUnit, List<String> newAllowedValues) {
        rename(newName);
        changeUnit(newUnit);
        if (newAllowedValues == null) {
            return List.of();
        }
        List<String> checked = checkedAllowedValues(newAllowedValues);
        List<String> removed = new ArrayList<>(allowedValues);
        removed.removeAll(checked);
        allowedValues = checked;
        return List.copyOf(removed);
    }

    /**
     * Checks one value a caller sent: a String, a BigDecimal or a {@link Measure} (NUMBER), a Boolean; anything
     * else is the wrong type.
     *
     * @return the checked value, or the reason it is refused
     */
    public Checked check(Object raw) {
        return switch (type) {
            case TEXT -> checkText(raw);
            case ENUM -> checkEnum(raw);
            case BOOLEAN -> raw instanceof Boolean b ? ok(b) : refused("must be a boolean (true or false)", raw);
            case NUMBER -> checkNumberValue(raw);
        };
    }

    /** The outcome of {@link #check}: exactly one of {@code value} and {@code error} is set. */
    public record Checked(AttributeValue value, String error, Object rejected) {
    }

    private Checked checkText(Object raw) {
        if (!(raw instanceof String s)) {
            return refused("must be a text", raw);
        }
        String text = s.strip();
        if (text.isEmpty()) {
            return refused("must not be blank", raw);
        }
        if (text.length() > maxLength) {
            return refused("must be at most " + maxLength + " characters", null);
        }
        return ok(text);
    }

    private Checked checkEnum(Object raw) {
        if (!(raw instanceof String s)) {
            return refused("must be one of " + allowedValues, raw);
        }
        return allowedValues.contains(s) ? ok(s) : refused("must be one of " + allowedValues, raw);
    }

    private Checked checkNumberValue(Object raw) {
        BigDecimal number;
        if (raw instanceof BigDecimal n) {
            number = n;
        } else if (raw instanceof Measure measure && measure.value() != null) {
            if (!Objects.equals(measure.unit(), unit)) {
                return refused(unit == null ? "takes no unit" : "must be in " + unit, measure.unit());
            }
            number = measure.value();
        } else {
            return refused(unit == null ? "must be a number" : "must be a number (in " + unit + ")", raw);
        }
        if (number.stripTrailingZeros().scale() > MAX_SCALE || number.precision() > MAX_PRECISION) {
            return refused("must have at most " + MAX_SCALE + " decimals and " + MAX_PRECISION + " digits", number);
        }
        if (min != null && number.compareTo(min) < 0 || max != null && number.compareTo(max) > 0) {
            return refused("must be within [" + (min == null ? "-∞" : min.toPlainString()) + ", "
                    + (max == null ? "∞" : max.toPlainString()) + "]" + (unit == null ? "" : " " + unit), number);
        }
        return ok(number);
    }

    private Checked ok(Object value) {
        return new Checked(new AttributeValue(id, code, type, value), null, null);
    }

    private static Checked refused(String error, Object rejected) {
        boolean simple = rejected instanceof String || rejected instanceof Number || rejected instanceof Boolean;
        return new Checked(null, error, simple ? rejected : null);
    }

    private void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > MAX_NAME) {
            throw new InvalidValueException("name", "must be 1-" + MAX_NAME + " characters");
        }
        this.name = newName.strip();
    }

    private void changeUnit(String newUnit) {
        String u = newUnit == null || newUnit.isBlank() ? null : newUnit.strip();
        if (u != null && type != AttributeType.NUMBER) {
            throw new InvalidValueException("unit", "applies to NUMBER attributes only");
        }
        if (u != null && u.length() > MAX_UNIT) {
            throw new InvalidValueException("unit", "must be at most " + MAX_UNIT + " characters");
        }
        this.unit = u;
    }

    private List<String> checkedAllowedValues(List<String> values) {
        if (type != AttributeType.ENUM) {
            if (values != null && !values.isEmpty()) {
                throw new InvalidValueException("allowedValues", "applies to ENUM attributes only");
            }
            return List.of();
        }
        if (values == null || values.isEmpty() || values.size() > MAX_ALLOWED_VALUES) {
            throw new InvalidValueException("allowedValues", "an ENUM needs 1-" + MAX_ALLOWED_VALUES + " values");
        }
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (v == null || v.isBlank() || !v.equals(v.strip()) || v.length() > MAX_ENUM_VALUE) {
                throw new InvalidValueException("allowedValues", "values must be 1-" + MAX_ENUM_VALUE
                        + " characters without surrounding spaces");
            }
            if (!seen.add(v)) {
                throw new InvalidValueException("allowedValues", "values must be distinct");
            }
        }
        return List.copyOf(values);
    }

    private static void checkNumber(String field, BigDecimal n) {
        if (n.stripTrailingZeros().scale() > MAX_SCALE || n.precision() > MAX_PRECISION) {
            throw new InvalidValueException(field, "must have at most " + MAX_SCALE + " decimals and "
                    + MAX_PRECISION + " digits");
        }
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public AttributeType type() {
        return type;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public Integer maxLength() {
        return maxLength;
    }

    public List<String> allowedValues() {
        return allowedValues;
    }

    public long version() {
        return version;
    }
}
