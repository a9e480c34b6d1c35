package com.fleetcommerce.catalog.stock.web;

/** What a warming run did: active SKUs looked at, Redis entries written (SKUs the copy knows), time taken. */
public record WarmResponse(int activeSkus, int entriesWritten, long tookMillis) {
}
