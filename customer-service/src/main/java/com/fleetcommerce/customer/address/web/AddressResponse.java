package com.fleetcommerce.customer.address.web;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.customer.address.domain.Address;

public record AddressResponse(UUID id, String label, String recipientName, String phone, String country,
                              String province, String district, String ward, String city, String line1,
                              String line2, String postalCode, boolean defaultShipping, boolean defaultBilling,
                              Instant createdAt, long version) {

    public static AddressResponse of(Address a) {
        return new AddressResponse(a.id(), a.label(), a.recipientName(), a.phone(), a.country(), a.province(),
                a.district(), a.ward(), a.city(), a.line1(), a.line2(), a.postalCode(), a.defaultShipping(),
                a.defaultBilling(), a.createdAt(), a.version());
    }
}
