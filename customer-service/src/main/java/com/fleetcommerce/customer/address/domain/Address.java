package com.fleetcommerce.customer.address.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A checked postal address of a customer. {@code province}/{@code district}/{@code ward} are Vietnam's three
 * administrative levels; {@code city} is used elsewhere. At most one address of a customer is the default shipping
 * address and one the default billing address.
 */
public record Address(UUID id, UUID customerId, String label, String recipientName, String phone, String country,
                      String province, String district, String ward, String city, String line1, String line2,
                      String postalCode, boolean defaultShipping, boolean defaultBilling, Instant createdAt,
                      long version) {

    public static Address create(UUID id, UUID customerId, AddressDraft checked, Instant now) {
        return new Address(id, customerId, checked.label(), checked.recipientName(), checked.phone(),
                checked.country(), checked.province(), checked.district(), checked.ward(), checked.city(),
                checked.line1(), checked.line2(), checked.postalCode(), checked.defaultShipping(),
                checked.defaultBilling(), now, 0);
    }

    public Address revise(AddressDraft checked) {
        return new Address(id, customerId, checked.label(), checked.recipientName(), checked.phone(),
                checked.country(), checked.province(), checked.district(), checked.ward(), checked.city(),
                checked.line1(), checked.line2(), checked.postalCode(), checked.defaultShipping(),
                checked.defaultBilling(), createdAt, version);
    }

    /**
     * The personal lines cleared for a deleted customer. Country, province and city stay: they are not personal on
     * their own and keep regional statistics of past orders meaningful.
     */
    public Address anonymised() {
        return new Address(id, customerId, null, "[deleted]", null, country, province, null, null, city,
                "[deleted]", null, null, defaultShipping, defaultBilling, createdAt, version);
    }

    /** The city a segment rule sees: {@code city}, or for Vietnamese addresses the province (Hà Nội, Hồ Chí Minh). */
    public String cityOrProvince() {
        return city != null ? city : province;
    }
}
