package com.fleetcommerce.customer.customer.domain;

import java.time.Instant;

/** A marketing consent and when it was last given or withdrawn ({@code null}: never asked). */
public record Consent(boolean granted, Instant changedAt) {

    public static final Consent NEVER_GIVEN = new Consent(false, null);

    /** The timestamp only moves when the answer changes, so it stays the proof of when consent was given. */
    public Consent answer(boolean newAnswer, Instant now) {
        return newAnswer == granted && changedAt != null ? this : new Consent(newAnswer, now);
    }
}
