package com.fleetcommerce.customer.segment.web;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.customer.customer.application.CustomerAccess;
import com.fleetcommerce.customer.segment.application.SegmentService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The segments of one customer: staff with {@code customers:read}, or the customer themselves. */
@RestController
public class CustomerSegmentsController {

    private final CustomerAccess access;
    private final SegmentService segments;

    CustomerSegmentsController(CustomerAccess access, SegmentService segments) {
        this.access = access;
        this.segments = segments;
    }

    @GetMapping("/api/v1/customers/{id}/segments")
    List<MembershipResponse> segments(@PathVariable UUID id) {
        return segments.segmentsOf(access.readable(id).id()).stream().map(MembershipResponse::of).toList();
    }
}
