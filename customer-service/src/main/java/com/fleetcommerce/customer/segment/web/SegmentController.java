package com.fleetcommerce.customer.segment.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.customer.segment.application.SegmentService;
import com.fleetcommerce.customer.segment.domain.Segment;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Segments are staff business: {@code customers:read} to look, {@code customers:write} to change. */
@RestController
@RequestMapping("/api/v1/segments")
public class SegmentController {

    private final SegmentService segments;

    SegmentController(SegmentService segments) {
        this.segments = segments;
    }

    @PostMapping
    @RequiresPermission("customers:write")
    ResponseEntity<SegmentResponse> create(@Valid @RequestBody SegmentRequest request) {
        Segment segment = segments.create(request.toDefinition());
        return ResponseEntity.created(URI.create("/api/v1/segments/" + segment.id()))
                .body(SegmentResponse.of(segment));
    }

    @GetMapping
    @RequiresPermission("customers:read")
    List<SegmentResponse> list() {
        return segments.list().stream().map(SegmentResponse::of).toList();
    }

    @GetMapping("/{id}")
    @RequiresPermission("customers:read")
    SegmentResponse get(@PathVariable UUID id) {
        return SegmentResponse.of(segments.get(id));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("customers:write")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        segments.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/members")
    @RequiresPermission("customers:read")
    PageResponse<MembershipResponse> members(@PathVariable UUID id, PageQuery page) {
        return segments.members(id, page).map(MembershipResponse::of);
    }

    @PostMapping("/{id}/members")
    @RequiresPermission("customers:write")
    ResponseEntity<Void> add(@PathVariable UUID id, @Valid @RequestBody MemberRequest request) {
        segments.addMember(id, request.customerId());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/members/{customerId}")
    @RequiresPermission("customers:write")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID customerId) {
        segments.removeMember(id, customerId);
        return ResponseEntity.noContent().build();
    }
}
