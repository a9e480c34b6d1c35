package com.fleetcommerce.customer.segment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public interface SegmentRepository {

    void insert(Segment segment);

    Optional<Segment> find(UUID id);

    boolean nameTaken(String name);

    List<Segment> all();

    List<Segment> dynamic();

    boolean delete(UUID id);

    Optional<CustomerFacts> facts(UUID customerId);

    /** Segment ids the customer is a member of, among {@code segmentIds}. */
    Set<UUID> memberships(UUID customerId, Set<UUID> segmentIds);

    boolean addMember(UUID segmentId, UUID customerId, Instant now);

    boolean removeMember(UUID segmentId, UUID customerId);

    /** Customer ids after {@code after} (null: from the start), in id order: for batched full recomputes. */
    List<UUID> customerIdsAfter(UUID after, int limit);

    List<Membership> membersOf(UUID segmentId, long offset, int limit);

    long countMembers(UUID segmentId);

    List<Membership> segmentsOf(UUID customerId);
}
