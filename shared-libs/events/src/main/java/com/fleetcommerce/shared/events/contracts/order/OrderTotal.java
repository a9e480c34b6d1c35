package com.fleetcommerce.shared.events.contracts.order;

/** Money on the wire: a decimal string and an ISO 4217 code ({@code {"amount":"199000","currency":"VND"}}). */
public record OrderTotal(String amount, String currency) {
}
