package com.fleetcommerce.customer.segment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fleetcommerce.customer.customer.application.CustomerChanged;
import com.fleetcommerce.customer.segment.domain.CustomerFacts;
import com.fleetcommerce.customer.segment.domain.Membership;
import com.fleetcommerce.customer.segment.domain.Segment;
import com.fleetcommerce.customer.segment.domain.SegmentRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the stored membership of dynamic segments equal to what their rules say. One customer is recomputed inside
 * the transaction that changed their facts ({@link CustomerChanged}); everything is recomputed by the scheduled job
 * (it repairs memberships that drifted: rules over time such as "within the last 30 days", rows changed by hand).
 * Every join and leave is published.
 */
@Service
public class SegmentMembership {

    private static final int BATCH = 500;

    private final SegmentRepository segments;
    private final SegmentEvents events;
    private final Clock clock;

    private final TransactionTemplate transactions;

    SegmentMembership(SegmentRepository segments, SegmentEvents events, Clock clock,
                      TransactionTemplate transactions) {
        this.segments = segments;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CustomerChanged changed) {
        recompute(changed.customerId(), segments.dynamic());
    }

    /** @return how many memberships changed */
    @Transactional
    public int recompute(UUID customerId, List<Segment> dynamic) {
        if (dynamic.isEmpty()) {
            return 0;
        }
        CustomerFacts facts = segments.facts(customerId).orElse(null);
        if (facts == null) {
            return 0;
        }
        Instant now = clock.instant();
        Set<UUID> current = segments.memberships(customerId,
                dynamic.stream().map(Segment::id).collect(Collectors.toSet()));
        int changes = 0;
        for (Segment segment : dynamic) {
            boolean member = current.contains(segment.id());
            boolean belongs = segment.rules().matches(facts, now);
            if (belongs && !member && segments.addMember(segment.id(), customerId, now)) {
                events.joined(customerId, segment.id(), segment.name());
                changes++;
            } else if (!belongs && member && segments.removeMember(segment.id(), customerId)) {
                events.left(customerId, segment.id(), segment.name());
                changes++;
            }
        }
        return changes;
    }

    /**
     * Every customer against every dynamic segment, in batches of {@value #BATCH} customers, each batch in its own
     * transaction (a long full run never holds locks for long).
     *
     * @return how many memberships changed
     */
    public int recomputeAll(List<Segment> dynamic) {
        int changes = 0;
        UUID after = null;
        while (true) {
            List<UUID> batch = segments.customerIdsAfter(after, BATCH);
            if (batch.isEmpty()) {
                return changes;
            }
            Integer changed = transactions.execute(
                    status -> batch.stream().mapToInt(id -> recompute(id, dynamic)).sum());
            changes += changed == null ? 0 : changed;
            after = batch.getLast();
        }
    }

    /** Leaves every segment, static ones too (a deleted customer is nobody's target any more). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leaveAll(UUID customerId) {
        for (Membership membership : segments.segmentsOf(customerId)) {
            if (segments.removeMember(membership.segmentId(), customerId)) {
                events.left(customerId, membership.segmentId(), membership.segmentName());
            }
        }
    }
}
