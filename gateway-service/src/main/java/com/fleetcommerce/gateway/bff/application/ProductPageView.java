package com.fleetcommerce.gateway.bff.application;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /bff/v1/products/{idOrSlug}}: everything a product page needs in one answer.
 *
 * @param product    catalog-service's product view, as it sent it
 * @param reviews    from review-service
 * @param promotions from promotion-service
 * @param missing    the parts that are not in this answer (the page shows the rest)
 */
public record ProductPageView(JsonNode product, PartView reviews, PartView promotions, List<String> missing) {
}
