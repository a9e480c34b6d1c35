package com.fleetcommerce.catalog.stock.web;

import com.fleetcommerce.shared.web.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** 503 {@code stock-cache-unavailable}: the cache cannot be warmed while Redis is unreachable. */
class StockCacheDownException extends ProblemException {

    StockCacheDownException() {
        super("stock-cache-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
                "Redis is unreachable; reads are answered from the PostgreSQL copy meanwhile");
    }
}
