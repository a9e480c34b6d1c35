package com.fleetcommerce.catalog.productimport.application;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** The problems an import answers with when it stores nothing, or stops part-way. */
public final class ImportProblems {

    /** A bad file may fail on every row: the answer lists this many errors and counts the rest. */
    public static final int MAX_REPORTED_ERRORS = 100;

    private ImportProblems() {
    }

    /**
     * 422 {@code product-import-rejected}: some rows are invalid, so nothing was written. {@code rowErrors} lists
     * the first {@link #MAX_REPORTED_ERRORS} errors by row; {@code invalidRows} and {@code errorCount} count all.
     */
    public static BusinessRuleException rejected(List<RowError> errors, int rows) {
        List<RowError> sorted = errors.stream().sorted(Comparator.comparingInt(RowError::index)).toList();
        long invalidRows = sorted.stream().mapToInt(RowError::index).distinct().count();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("invalidRows", invalidRows);
        properties.put("errorCount", sorted.size());
        properties.put("rowErrors", sorted.subList(0, Math.min(sorted.size(), MAX_REPORTED_ERRORS)));
        RowError first = sorted.getFirst();
        String detail = invalidRows + " of " + rows + " products are invalid, so none was imported; first: row "
                + first.index() + (first.field() == null ? "" : " " + first.field()) + ": " + first.message();
        return new BusinessRuleException("product-import-rejected", HttpStatus.UNPROCESSABLE_CONTENT, detail,
                properties);
    }

    /**
     * 409 {@code product-import-interrupted}: a batch failed after the checks passed (a concurrent writer took a slug
     * or SKU code, or changed an attribute definition, in between). The batches before it stay committed: the caller
     * sends the rows from {@code firstRowNotImported} on again (the committed ones would now be refused as taken).
     */
    public static ConflictException interrupted(int imported, int batches, int firstRowNotImported,
                                                ProblemException cause) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("importedProducts", imported);
        properties.put("committedBatches", batches);
        properties.put("firstRowNotImported", firstRowNotImported);
        properties.put("reason", cause.code());
        return new ConflictException("product-import-interrupted", "the import stopped at the batch starting at row "
                + firstRowNotImported + " after " + imported + " products in " + batches + " batches were stored: "
                + cause.getMessage(), properties);
    }
}
