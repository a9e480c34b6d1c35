package com.fleetcommerce.catalog.common.application;

import java.util.Map;
import java.util.function.Supplier;

import com.fleetcommerce.catalog.common.domain.CatalogRuleViolation;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import com.fleetcommerce.shared.web.problem.PreconditionFailedException;
import com.fleetcommerce.shared.web.http.ETags;
import org.springframework.dao.DuplicateKeyException;

/** The problems the catalog's use cases answer with, so every feature words them the same way. */
public final class CatalogProblems {

    private CatalogProblems() {
    }

    /** Runs a domain operation, turning a refused rule into a 409 with the rule's own code and details. */
    public static <T> T guarded(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (CatalogRuleViolation violation) {
            throw new ConflictException(violation.code(), violation.getMessage(), violation.details());
        }
    }

    public static void guarded(Runnable operation) {
        guarded(() -> {
            operation.run();
            return null;
        });
    }

    public static ConflictException taken(String code, String what, String value) {
        return new ConflictException(code, what + " " + value + " is already taken", Map.of("value", value));
    }

    /** A unique index refused a row another transaction inserted between our check and our insert. */
    public static ConflictException raced(DuplicateKeyException raced) {
        String message = String.valueOf(raced.getMostSpecificCause().getMessage());
        if (message.contains("sku_code_key")) {
            return new ConflictException("sku-code-taken", "a SKU with this code already exists", Map.of());
        }
        if (message.contains("sku_barcode_key")) {
            return new ConflictException("barcode-taken", "a SKU with this barcode already exists", Map.of());
        }
        if (message.contains("attribute_definition_code_key")) {
            return new ConflictException("attribute-code-taken", "an attribute with this code already exists",
                    Map.of());
        }
        for (String kind : new String[] {"product", "category", "brand"}) {
            if (message.contains(kind + "_slug_key")) {
                return new ConflictException(kind + "-slug-taken", "the " + kind + " slug is already taken", Map.of());
            }
        }
        return new ConflictException("The change conflicts with a concurrent change. Reload and retry.", raced);
    }

    /** The caller's If-Match named another version than the one stored. */
    public static void requireVersion(long expected, long current) {
        if (expected != current) {
            throw stale(current);
        }
    }

    public static PreconditionFailedException stale(long current) {
        return ETags.stale(current);
    }

    /** A reference in the body (brand, category) names nothing: the caller's input is wrong, so 400. */
    public static InvalidParameterException unknownReference(String field, Object value) {
        return new InvalidParameterException(field, "does not name an existing " + field.replaceAll("Ids?$", ""),
                value);
    }
}
