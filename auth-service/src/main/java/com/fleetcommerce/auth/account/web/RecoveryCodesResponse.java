package com.fleetcommerce.auth.account.web;

import java.util.List;

/** Shown once; each works once instead of a TOTP code. */
public record RecoveryCodesResponse(List<String> recoveryCodes) {
}
