package com.fleetcommerce.auth.account.web;



/** The neutral answer of register and reset-request: it never tells whether the email is known. */
public record AcceptedResponse(String message) {
}
