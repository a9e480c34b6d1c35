package com.fleetcommerce.shared.web.problem;

import java.util.IdentityHashMap;
import java.util.Map;

/** Walks cause chains (guarding against cycles). */
final class Causes {

    private Causes() {
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Whether the chain holds an exception of the named class (or a subclass), without needing it on the classpath. */
    static boolean containsNamed(Throwable failure, String className) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.getName().equals(className)) {
                    return true;
                }
            }
        }
        return false;
    }
}
