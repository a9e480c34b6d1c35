package com.fleetcommerce.customer.verification.domain;

public enum VerificationChannel {
    EMAIL, SMS
}
