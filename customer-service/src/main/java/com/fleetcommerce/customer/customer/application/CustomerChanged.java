package com.fleetcommerce.customer.customer.application;

import java.util.UUID;

/**
 * In-process notice (Spring application event, delivered synchronously inside the publishing transaction) that facts
 * about a customer changed: registration, profile, preferences, addresses, order statistics. The segment feature
 * listens and recomputes that customer's dynamic segments in the same transaction, so membership never lags the
 * change that caused it; features that change customers do not need to know segments exist.
 */
public record CustomerChanged(UUID customerId) {
}
