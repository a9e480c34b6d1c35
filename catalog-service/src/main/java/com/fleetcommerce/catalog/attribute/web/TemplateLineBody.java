package com.fleetcommerce.catalog.attribute.web;

import com.fleetcommerce.catalog.attribute.application.TemplateLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One line of {@code PUT /categories/{id}/attributes}: an attribute code, required (default false) or not. */
public record TemplateLineBody(@NotBlank @Size(max = 32) String code, Boolean required) {

    TemplateLine toLine() {
        return new TemplateLine(code, Boolean.TRUE.equals(required));
    }
}
