package com.fleetcommerce.customer.address.web;

import com.fleetcommerce.customer.address.domain.AddressDraft;
import jakarta.validation.constraints.Size;

/** Field presence and per-country formats are checked by the domain's AddressRules (all errors at once). */
public record AddressRequest(@Size(max = 50) String label, @Size(max = 100) String recipientName,
                             @Size(max = 20) String phone, @Size(max = 2) String country,
                             @Size(max = 100) String province, @Size(max = 100) String district,
                             @Size(max = 100) String ward, @Size(max = 100) String city,
                             @Size(max = 200) String line1, @Size(max = 200) String line2,
                             @Size(max = 12) String postalCode, Boolean defaultShipping, Boolean defaultBilling) {

    AddressDraft toDraft() {
        return new AddressDraft(label, recipientName, phone, country, province, district, ward, city, line1, line2,
                postalCode, Boolean.TRUE.equals(defaultShipping), Boolean.TRUE.equals(defaultBilling));
    }
}
