package com.fleetcommerce.customer.privacy.web;

import java.time.Instant;
import java.util.List;

import com.fleetcommerce.customer.address.web.AddressResponse;
import com.fleetcommerce.customer.customer.web.CustomerResponse;
import com.fleetcommerce.customer.privacy.application.CustomerExport;
import com.fleetcommerce.customer.segment.web.MembershipResponse;
import com.fleetcommerce.customer.statistics.web.StatisticsResponse;

/** The customer's data: profile, preferences and consents (inside {@code customer}), addresses, segments, statistics. */
public record ExportResponse(CustomerResponse customer, List<AddressResponse> addresses,
                             List<MembershipResponse> segments, StatisticsResponse statistics, Instant exportedAt) {

    static ExportResponse of(CustomerExport export) {
        return new ExportResponse(CustomerResponse.of(export.customer()),
                export.addresses().stream().map(AddressResponse::of).toList(),
                export.segments().stream().map(MembershipResponse::of).toList(),
                StatisticsResponse.of(export.statistics()), export.exportedAt());
    }
}
