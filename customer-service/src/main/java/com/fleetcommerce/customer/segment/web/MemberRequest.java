package com.fleetcommerce.customer.segment.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

public record MemberRequest(@NotNull UUID customerId) {
}
