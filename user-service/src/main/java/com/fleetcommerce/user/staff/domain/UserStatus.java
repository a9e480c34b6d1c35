package com.fleetcommerce.user.staff.domain;

/** Whether a staff member may sign in; mirrored on the auth account. */
public enum UserStatus {
    ACTIVE,
    DISABLED
}
