package com.fleetcommerce.auth.account.web;

import java.util.UUID;

/** The id of a created account. */
public record AccountIdResponse(UUID accountId) {
}
