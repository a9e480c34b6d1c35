package com.fleetcommerce.systemtests;

/** The demo warehouses warehouse-service seeds on the running fleet, looked up by code. */
final class DemoWarehouses {

    private DemoWarehouses() {
    }

    /** The id of the demo warehouse with this code (HN-01, HP-01, DN-01, HCM-01, CT-01). */
    static String idOf(String warehouseServiceUrl, String token, String code) throws Exception {
        return HttpJson.get(warehouseServiceUrl + "/api/v1/warehouses?size=50", token).body().path("items")
                .valueStream().filter(w -> w.path("code").asString().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("demo warehouse " + code + " is missing"))
                .path("id").asString();
    }
}
