package com.fleetcommerce.customer.address.domain;

/** An address as the caller typed it, before {@link AddressRules} checked and normalised it. */
public record AddressDraft(String label, String recipientName, String phone, String country, String province,
                           String district, String ward, String city, String line1, String line2,
                           String postalCode, boolean defaultShipping, boolean defaultBilling) {
}
