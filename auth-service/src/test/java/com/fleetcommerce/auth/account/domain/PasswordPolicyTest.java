package com.fleetcommerce.auth.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, 128, Set.of("password123"));

    @Test
    void refusesShortLongCommonAndEmailPasswords() {
        assertThat(policy.violation("short", "a@b.c")).isPresent();
        assertThat(policy.violation("x".repeat(129), "a@b.c")).isPresent();
        assertThat(policy.violation("Password123", "a@b.c")).isPresent();
        assertThat(policy.violation("Someone@Example.com", "someone@example.com")).isPresent();
        assertThat(policy.violation("longlocalpart", "longlocalpart@example.com")).isPresent();
        assertThat(policy.violation("correct horse battery", "someone@example.com")).isEmpty();
    }
}
