package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestJwts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 4's propagation benchmark on the running fleet: a stock change committed in warehouse-service (its HTTP 200
 * received) until the catalog API answers the new total. Reports to stdout and target/benchmarks/catalog.txt;
 * asserts only that every change arrived.
 */
@Tag("benchmark")
@ExtendWith(FleetExtension.class)
class CatalogBenchmarkIT {

    @Test
    void stockChangeToCatalogReadModel(Fleet fleet) throws Exception {
        assumeTrue(fleet.startedHere(), "needs a fleet started by the tests (it trusts the test token issuer)");
        String warehouse = fleet.member("warehouse-service").baseUrl();
        String catalog = fleet.member("catalog-service").baseUrl();
        String staff = TestJwts.staff().permissions("inventory:write").token();
        String hcm = DemoWarehouses.idOf(warehouse, staff, "HCM-01");
        String prefix = "BENCH-PROP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        int changes = 1_000;
        int skus = 20;
        long[] totals = new long[skus];
        long[] nanos = new long[changes];
        for (int i = 0; i < changes; i++) {
            int s = i % skus;
            String sku = prefix + s;
            HttpJson.Response r = HttpJson.post(warehouse + "/api/v1/stock/receipts", staff,
                    Map.of("sku", sku, "warehouseId", hcm, "quantity", 1));
            assertThat(r.status()).isEqualTo(200);
            long committed = System.nanoTime();
            totals[s]++;
            long deadline = committed + 30_000_000_000L;
            while (HttpJson.get(catalog + "/api/v1/availability/" + sku, null).body().path("totalAvailable")
                    .asLong() != totals[s]) {
                assertThat(System.nanoTime()).as("change %d of %s visible within 30 s", i, sku).isLessThan(deadline);
            }
            nanos[i] = System.nanoTime() - committed;
        }
        String line = "stock change committed in warehouse-service (HTTP 200 received) -> new total answered by "
                + "GET /api/v1/availability on catalog-service: " + Percentiles.of(nanos).describe();
        System.out.println("BENCHMARK " + line);
        Path file = Path.of("target/benchmarks/catalog.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
