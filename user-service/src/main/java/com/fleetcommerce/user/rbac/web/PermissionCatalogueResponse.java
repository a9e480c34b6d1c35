package com.fleetcommerce.user.rbac.web;

import java.util.List;

/** The permission catalogue. */
public record PermissionCatalogueResponse(List<String> permissions) {
}
