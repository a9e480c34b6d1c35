package com.fleetcommerce.shared.security.principal;

/** Names of the claims in the platform's access tokens (issued by auth-service; client-credentials tokens too). */
public final class PlatformClaims {

    public static final String SUBJECT = "sub";
    public static final String ACCOUNT_TYPE = "account_type";
    public static final String ROLES = "roles";
    public static final String PERMISSIONS = "permissions";
    public static final String SESSION_ID = "sid";
    public static final String SCOPE = "scope";
    /** Staff only, and only when the staff member is limited to some warehouses: their ids. */
    public static final String WAREHOUSES = "warehouses";
    /** Some servers (e.g. Azure AD) send scopes as a list under this name instead. */
    public static final String SCP = "scp";

    private PlatformClaims() {
    }
}
