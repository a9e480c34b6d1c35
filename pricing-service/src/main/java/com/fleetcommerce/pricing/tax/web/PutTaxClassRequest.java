package com.fleetcommerce.pricing.tax.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PutTaxClassRequest(@NotBlank @Size(max = 200) String name) {
}
