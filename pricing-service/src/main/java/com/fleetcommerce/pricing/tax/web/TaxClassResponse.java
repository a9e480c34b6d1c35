package com.fleetcommerce.pricing.tax.web;

import java.util.List;

public record TaxClassResponse(String code, String name, List<TaxRateResponse> rates) {
}
