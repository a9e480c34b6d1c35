package com.fleetcommerce.user.staff.domain;

/**
 * Filters of the user list; null means "any".
 *
 * @param text matches the start of the email or any part of the name, case-insensitive
 */
public record UserSearch(String text, UserStatus status, String role) {
}
