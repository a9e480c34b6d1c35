package com.fleetcommerce.customer.privacy.application;

import java.time.Instant;
import java.util.List;

import com.fleetcommerce.customer.address.domain.Address;
import com.fleetcommerce.customer.customer.domain.Customer;
import com.fleetcommerce.customer.segment.domain.Membership;
import com.fleetcommerce.customer.statistics.domain.CustomerStatistics;

/** Everything customer-service holds about one customer (GDPR / Vietnam PDPD data portability). */
public record CustomerExport(Customer customer, List<Address> addresses, List<Membership> segments,
                             CustomerStatistics statistics, Instant exportedAt) {
}
