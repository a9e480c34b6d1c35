package com.fleetcommerce.shared.web.http;

import java.util.List;

/**
 * A parsed {@code If-Match} header.
 *
 * @param present whether the header was sent at all
 * @param any     {@code If-Match: *}
 * @param versions the versions named by strong, numeric ETags
 */
public record IfMatch(boolean present, boolean any, List<Long> versions) {

    public IfMatch {
        versions = List.copyOf(versions);
    }

    public boolean matches(long version) {
        return any || versions.contains(version);
    }
}
