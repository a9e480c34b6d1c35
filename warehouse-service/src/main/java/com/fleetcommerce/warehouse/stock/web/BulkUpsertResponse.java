package com.fleetcommerce.warehouse.stock.web;

import com.fleetcommerce.warehouse.stock.application.BulkUpsertResult;

/** What a bulk upsert did; see {@link BulkUpsertResult} for what each count means. */
public record BulkUpsertResponse(int received, int created, int changed, int unchanged, String reference) {

    static BulkUpsertResponse from(BulkUpsertResult r) {
        return new BulkUpsertResponse(r.received(), r.created(), r.changed(), r.unchanged(), r.reference());
    }
}
