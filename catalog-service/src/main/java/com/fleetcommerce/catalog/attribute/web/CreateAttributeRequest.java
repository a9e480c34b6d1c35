package com.fleetcommerce.catalog.attribute.web;

import java.math.BigDecimal;
import java.util.List;

import com.fleetcommerce.catalog.attribute.application.NewAttribute;
import com.fleetcommerce.catalog.attribute.domain.AttributeDefinition;
import com.fleetcommerce.catalog.attribute.domain.AttributeType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/attributes}. {@code unit}, {@code min} and {@code max} apply to NUMBER,
 * {@code maxLength} to TEXT (default 255), {@code allowedValues} to ENUM (required there).
 */
public record CreateAttributeRequest(
        @NotBlank @Pattern(regexp = AttributeDefinition.CODE_REGEX) String code,
        @NotBlank @Size(max = AttributeDefinition.MAX_NAME) String name,
        @NotNull AttributeType type,
        @Size(max = AttributeDefinition.MAX_UNIT) String unit,
        BigDecimal min,
        BigDecimal max,
        Integer maxLength,
        @Size(max = AttributeDefinition.MAX_ALLOWED_VALUES) List<@NotNull String> allowedValues) {

    NewAttribute toInput() {
        return new NewAttribute(code, name, type, unit, min, max, maxLength, allowedValues);
    }
}
