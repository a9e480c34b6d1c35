package com.fleetcommerce.auth.account.application;

/** The secret (base32) to type in, and the {@code otpauth://} URI to show as a QR code. */
public record TotpEnrolment(String secret, String otpauthUri) {
}
