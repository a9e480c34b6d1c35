package com.fleetcommerce.catalog.product.web;

import java.util.Map;

import com.fleetcommerce.catalog.product.application.SkuInput;
import com.fleetcommerce.catalog.product.domain.Sku;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new SKU: in {@code POST /api/v1/products} ({@code skus[]}) and {@code POST /api/v1/products/{id}/skus}. */
public record SkuBody(
        @NotBlank @Pattern(regexp = Sku.CODE_REGEX,
                message = "must be 1-64 upper-case letters, digits, '.', '_' or '-'") String code,
        @Size(max = Sku.MAX_OPTIONS) Map<@Pattern(regexp = Sku.OPTION_NAME_REGEX) String,
                @NotBlank @Size(max = Sku.MAX_OPTION_VALUE) String> options,
        @Pattern(regexp = "\\d{8}|\\d{12,14}", message = "must be a GTIN of 8, 12, 13 or 14 digits") String barcode,
        @Min(0) @Max(Sku.MAX_WEIGHT_GRAMS) Integer weightGrams,
        @Valid DimensionsBody dimensions) {

    SkuInput toInput() {
        return new SkuInput(code, options, barcode, weightGrams, dimensions == null ? null : dimensions.toDomain());
    }
}
