package com.fleetcommerce.warehouse.stock.web;

/** Input bounds of the stock API: anything beyond is a typing accident or an attack, not a real movement. */
final class StockLimits {

    static final long MAX_QUANTITY = 1_000_000;
    /** A stated level (bulk upsert) is a total, not one movement, so it may exceed one movement's bound. */
    static final long MAX_LEVEL_QUANTITY = 1_000_000_000;
    static final String WAREHOUSE_CODE = "[A-Z0-9][A-Z0-9-]{1,31}";
    static final String SKU_MESSAGE = "must be 1-64 upper-case letters, digits, '.', '-' or '_'";

    private StockLimits() {
    }
}
