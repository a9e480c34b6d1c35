package com.fleetcommerce.warehouse.warehouse.domain;

/** Postal address of a warehouse; Vietnamese addresses use ward, district and province. */
public record Address(String line1, String line2, String ward, String district, String province,
                      String countryCode, String postalCode) {

    public Address {
        if (line1 == null || line1.isBlank()) {
            throw new IllegalArgumentException("address line1 is required");
        }
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("countryCode must be an ISO 3166-1 alpha-2 code");
        }
    }
}
