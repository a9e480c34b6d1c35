package com.fleetcommerce.warehouse.stock.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import com.fleetcommerce.shared.web.problem.ConflictException;
import org.springframework.http.HttpStatus;

/**
 * The problems a bulk upsert answers when rows are refused. Each lists every refused row by its index in the request
 * (0-based), so the caller can fix them all at once; none of the rows was applied.
 */
final class BulkRowProblems {

    private BulkRowProblems() {
    }

    static Map<String, Object> row(int index, BulkStockRow row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("index", index);
        map.put("sku", row.sku());
        map.put("warehouse", row.warehouse());
        return map;
    }

    static BusinessRuleException unknownWarehouses(List<Map<String, Object>> rows) {
        return new BusinessRuleException("unknown-warehouse", HttpStatus.UNPROCESSABLE_CONTENT,
                rows.size() + " row(s) name a warehouse that does not exist; nothing was applied",
                Map.of("rows", rows));
    }

    static BusinessRuleException duplicates(List<Map<String, Object>> rows) {
        return new BusinessRuleException("duplicate-rows", HttpStatus.BAD_REQUEST,
                rows.size() + " row(s) repeat a (sku, warehouse) of an earlier row; nothing was applied",
                Map.of("rows", rows));
    }

    static ConflictException belowReserved(List<Map<String, Object>> rows) {
        return new ConflictException("stock-below-reserved",
                rows.size() + " row(s) state less on hand than is reserved; nothing was applied",
                Map.of("rows", rows));
    }
}
