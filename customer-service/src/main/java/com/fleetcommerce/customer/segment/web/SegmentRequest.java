package com.fleetcommerce.customer.segment.web;

import com.fleetcommerce.customer.segment.application.SegmentDefinition;
import com.fleetcommerce.customer.segment.domain.SegmentKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record SegmentRequest(@NotBlank @Size(max = 100) String name, @Size(max = 500) String description,
                             @NotNull SegmentKind kind, @Valid RulesBody rules) {

    SegmentDefinition toDefinition() {
        return new SegmentDefinition(name, description, kind, rules == null ? null : rules.toDraft());
    }
}
