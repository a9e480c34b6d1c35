package com.fleetcommerce.warehouse.warehouse.web;

import com.fleetcommerce.warehouse.warehouse.domain.Address;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Address in requests and responses. */
public record AddressBody(
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 100) String ward,
        @Size(max = 100) String district,
        @Size(max = 100) String province,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as VN") String countryCode,
        @Size(max = 20) String postalCode) {

    Address toDomain() {
        return new Address(line1.strip(), line2, ward, district, province, countryCode, postalCode);
    }

    static AddressBody from(Address a) {
        return new AddressBody(a.line1(), a.line2(), a.ward(), a.district(), a.province(), a.countryCode(),
                a.postalCode());
    }
}
