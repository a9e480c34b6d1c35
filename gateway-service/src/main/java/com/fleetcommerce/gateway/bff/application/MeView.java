package com.fleetcommerce.gateway.bff.application;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /bff/v1/me}: the signed-in account and, when customer-service has one, the customer profile.
 *
 * @param account auth-service's {@code /api/v1/auth/me}
 * @param profile customer-service's {@code /api/v1/customers/me}
 * @param missing the parts that are not in this answer
 */
public record MeView(JsonNode account, PartView profile, List<String> missing) {
}
