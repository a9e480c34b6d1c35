package com.fleetcommerce.customer.segment.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.customer.customer.domain.Customer;
import com.fleetcommerce.customer.customer.domain.CustomerRepository;
import com.fleetcommerce.customer.segment.domain.Membership;
import com.fleetcommerce.customer.segment.domain.Segment;
import com.fleetcommerce.customer.segment.domain.SegmentKind;
import com.fleetcommerce.customer.segment.domain.SegmentRepository;
import com.fleetcommerce.customer.segment.domain.SegmentRules;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.InvalidFieldsException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class SegmentService {

    private final SegmentRepository segments;
    private final CustomerRepository customers;
    private final SegmentMembership membership;
    private final SegmentEvents events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SegmentService(SegmentRepository segments, CustomerRepository customers, SegmentMembership membership,
                   SegmentEvents events, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.segments = segments;
        this.customers = customers;
        this.membership = membership;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a segment; a dynamic one is filled right away (every customer evaluated, one transaction per batch),
     * so it is usable as soon as the call returns.
     */
    public Segment create(SegmentDefinition definition) {
        Segment segment = transactions.execute(status -> insert(definition));
        if (segment.isDynamic()) {
            membership.recomputeAll(List.of(segment));
        }
        return segment;
    }

    private Segment insert(SegmentDefinition definition) {
        String name = definition.name() == null ? null : definition.name().strip();
        if (name == null || name.isEmpty()) {
            throw InvalidFieldsException.of("name", "is required");
        }
        SegmentRules rules = null;
        if (definition.kind() == SegmentKind.DYNAMIC) {
            if (definition.rules() == null) {
                throw InvalidFieldsException.of("rules", "is required for a DYNAMIC segment");
            }
            rules = definition.rules().parse();
        } else if (definition.rules() != null) {
            throw InvalidFieldsException.of("rules", "must be absent for a STATIC segment");
        }
        if (segments.nameTaken(name)) {
            throw new ConflictException("segment-name-taken", "A segment named '" + name + "' exists.", Map.of());
        }
        Segment segment = new Segment(Uuids.v7(), name, definition.description(), definition.kind(), rules,
                clock.instant(), 0);
        segments.insert(segment);
        return segment;
    }

    @Transactional(readOnly = true)
    public List<Segment> list() {
        return segments.all();
    }

    @Transactional(readOnly = true)
    public Segment get(UUID id) {
        return segments.find(id).orElseThrow(() -> new ResourceNotFoundException("segment", id));
    }

    @Transactional
    public void delete(UUID id) {
        Segment segment = get(id);
        for (Membership member : segments.membersOf(id, 0, Integer.MAX_VALUE)) {
            events.left(member.customerId(), id, segment.name());
        }
        segments.delete(id);
    }

    @Transactional
    public void addMember(UUID segmentId, UUID customerId) {
        Segment segment = staticSegment(segmentId);
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new ResourceNotFoundException("customer", customerId));
        customer.requireActive();
        if (segments.addMember(segmentId, customerId, clock.instant())) {
            events.joined(customerId, segmentId, segment.name());
        }
    }

    @Transactional
    public void removeMember(UUID segmentId, UUID customerId) {
        Segment segment = staticSegment(segmentId);
        if (!segments.removeMember(segmentId, customerId)) {
            throw new ResourceNotFoundException("segment member", customerId);
        }
        events.left(customerId, segmentId, segment.name());
    }

    @Transactional(readOnly = true)
    public PageResponse<Membership> members(UUID segmentId, PageQuery page) {
        get(segmentId);
        return PageResponse.of(segments.membersOf(segmentId, page.offset(), page.size()), page,
                segments.countMembers(segmentId));
    }

    @Transactional(readOnly = true)
    public List<Membership> segmentsOf(UUID customerId) {
        return segments.segmentsOf(customerId);
    }

    private Segment staticSegment(UUID segmentId) {
        Segment segment = get(segmentId);
        if (segment.isDynamic()) {
            throw new BusinessRuleException("segment-is-dynamic",
                    "Members of a dynamic segment follow its rules and cannot be added or removed by hand.");
        }
        return segment;
    }
}
