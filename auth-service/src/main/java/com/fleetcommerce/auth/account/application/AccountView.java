package com.fleetcommerce.auth.account.application;

import java.util.List;
import java.util.UUID;

public record AccountView(UUID id, String email, String phone, String type, String status, boolean emailVerified,
                          boolean mfaEnabled, List<String> roles, List<String> permissions) {
}
